import { useEffect } from 'react';
import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { CaseSource } from '@core/cases/case-record';
import { openCase } from '@core/cases/case-ops';
import { DEFAULT_LIFECYCLE } from '@core/cases/lifecycle';
import { navigate } from '@renderer/app/navigation';
import { nextCaseId, saveCaseChange } from './case-repo';
import { useChronicStore } from './chronic-store';
import { useWorkCalendar } from './use-chronic';

/** What 立案 starts from: a detection, a review, or nothing (manual). */
export type CaseDraft = { title: string; category: string; place: string; unit: string; tickets: string[]; source: CaseSource };

type FormValues = { title: string; category: string; place: string; unit: string; coUnits: string[]; supervisor: string; limit: number };

/** The 立案 dialog: confirms title, units, supervisor and time limit, then opens the case. */
export function OpenCaseModal({ draft, onClose, onOpened }: { draft: CaseDraft | null; onClose: () => void; onOpened?: (id: string) => Promise<void> | void }) {
  const [form] = Form.useForm<FormValues>();
  const { message } = App.useApp();
  const cal = useWorkCalendar();
  const me = useChronicStore((s) => s.me);
  useEffect(() => {
    if (draft) form.setFieldsValue({ title: draft.title, category: draft.category, place: draft.place, unit: draft.unit, coUnits: [], supervisor: me, limit: 15 });
  }, [draft, form, me]);

  const submit = async (): Promise<void> => {
    if (!draft || !cal) return;
    // A failed validation is shown on the form itself.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const now = Date.now();
    const id = await nextCaseId(now);
    const change = openCase({
      id, title: v.title, category: v.category ?? '', place: v.place ?? '', unit: v.unit, coUnits: v.coUnits ?? [], supervisor: v.supervisor,
      tickets: draft.tickets, source: draft.source, limitWorkingDays: v.limit,
    }, DEFAULT_LIFECYCLE, cal, { by: v.supervisor, now });
    try {
      await saveCaseChange(change);
      await onOpened?.(id);
      message.success(`已立案：${id}`);
      onClose();
      navigate('chronic', `case=${encodeURIComponent(id)}`);
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Modal open={!!draft} title="立案（转为疑难件）" okText="立案" cancelText="取消" onOk={() => void submit()} onCancel={onClose} destroyOnHidden
      okButtonProps={{ 'data-testid': 'open-case-ok' } as Record<string, string>}>
      <Form form={form} layout="vertical" data-testid="open-case-form">
        <Form.Item name="title" label="疑难件标题" rules={[{ required: true, message: '请填写疑难件标题' }]}><Input maxLength={80} /></Form.Item>
        <Form.Item name="unit" label="主责单位" rules={[{ required: true, message: '请填写主责单位' }]}><Input /></Form.Item>
        <Form.Item name="coUnits" label="协办单位"><Select mode="tags" placeholder="输入后回车，可填多个" /></Form.Item>
        <Form.Item name="supervisor" label="督办人" rules={[{ required: true, message: '请指定督办人' }]}><Input data-testid="open-case-supervisor" /></Form.Item>
        <Form.Item name="limit" label="办理期限（工作日，自动跳过节假日、计入调休上班日）" rules={[{ required: true, message: '请填写期限' }]}>
          <InputNumber min={1} max={250} />
        </Form.Item>
        <Form.Item name="category" label="问题分类"><Input /></Form.Item>
        <Form.Item name="place" label="地点"><Input /></Form.Item>
        {draft && <div style={{ color: '#888' }}>关联工单 {draft.tickets.length} 张：{draft.tickets.slice(0, 8).join('、')}{draft.tickets.length > 8 ? ' 等' : ''}</div>}
      </Form>
    </Modal>
  );
}
