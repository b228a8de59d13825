import { useEffect } from 'react';
import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { CaseSource } from '@core/cases/case-record';
import { openCase } from '@core/cases/case-ops';
import { DEFAULT_LIFECYCLE } from '@core/cases/lifecycle';
import { navigate } from '@renderer/app/navigation';
import { useT } from '@renderer/i18n';
import { nextCaseId, saveCaseChange } from './case-repo';
import { useChronicStore } from './chronic-store';
import { shortList } from './labels';
import { useWorkCalendar } from './use-chronic';

/** What 立案 starts from: a detection, a review, or nothing (manual). */
export type CaseDraft = { title: string; category: string; place: string; unit: string; tickets: string[]; source: CaseSource };

type FormValues = { title: string; category: string; place: string; unit: string; coUnits: string[]; supervisor: string; limit: number };

/** The 立案 dialog: confirms title, units, supervisor and time limit, then opens the case. */
export function OpenCaseModal({ draft, onClose, onOpened }: { draft: CaseDraft | null; onClose: () => void; onOpened?: (id: string) => Promise<void> | void }) {
  const [form] = Form.useForm<FormValues>();
  const { message } = App.useApp();
  const t = useT();
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
      message.success(t('chronic.open.done', { id }));
      onClose();
      navigate('chronic', `case=${encodeURIComponent(id)}`);
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Modal open={!!draft} title={t('chronic.open.title')} okText={t('chronic.open.ok')} cancelText={t('chronic.cancel')} onOk={() => void submit()} onCancel={onClose} destroyOnHidden
      okButtonProps={{ 'data-testid': 'open-case-ok' } as Record<string, string>}>
      <Form form={form} layout="vertical" data-testid="open-case-form">
        <Form.Item name="title" label={t('chronic.open.caseTitle')} rules={[{ required: true, message: t('chronic.open.caseTitleRequired') }]}><Input maxLength={80} /></Form.Item>
        <Form.Item name="unit" label={t('chronic.open.unit')} rules={[{ required: true, message: t('chronic.open.unitRequired') }]}><Input /></Form.Item>
        <Form.Item name="coUnits" label={t('chronic.open.coUnits')}><Select mode="tags" placeholder={t('chronic.open.coUnitsHint')} /></Form.Item>
        <Form.Item name="supervisor" label={t('chronic.open.supervisor')} rules={[{ required: true, message: t('chronic.open.supervisorRequired') }]}><Input data-testid="open-case-supervisor" /></Form.Item>
        <Form.Item name="limit" label={t('chronic.open.limit')} rules={[{ required: true, message: t('chronic.open.limitRequired') }]}>
          <InputNumber min={1} max={250} />
        </Form.Item>
        <Form.Item name="category" label={t('chronic.open.category')}><Input /></Form.Item>
        <Form.Item name="place" label={t('chronic.open.place')}><Input /></Form.Item>
        {draft && <div style={{ color: '#888' }}>{t('chronic.open.tickets', { count: draft.tickets.length, list: shortList(draft.tickets, 8, t) })}</div>}
      </Form>
    </Modal>
  );
}
