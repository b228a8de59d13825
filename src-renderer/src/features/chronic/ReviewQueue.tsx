import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Alert, App, Button, Checkbox, Form, Input, Modal, Radio, Segmented, Space, Table, Tag } from 'antd';
import { REVIEW_ACTIONS, REVIEW_DECISIONS, validateReview, type ReviewAction, type ReviewDecision, type ReviewItem } from '@core/cases/review';
import { formatLocal } from '@core/time/shanghai';
import type { ReviewCandidate } from '@renderer/engine/computations/chronic';
import { listReviews, saveReview } from './case-repo';
import { useChronicStore } from './chronic-store';
import { OpenCaseModal, type CaseDraft } from './OpenCaseModal';
import { useChronicRun } from './use-chronic';

type FormValues = { decision: ReviewDecision; actions: ReviewAction[]; reviewer: string; reason: string };

/** 不满意工单复核: tickets rated 不满意 or 未解决, each decided 属实/不属实/部分属实 with actions. */
export function ReviewQueue() {
  const { message } = App.useApp();
  const me = useChronicStore((s) => s.me);
  const { data, error, loading } = useChronicRun<ReviewCandidate[]>({ op: 'reviewQueue' }, []);
  const reviews = useLiveQuery(listReviews, []);
  const [show, setShow] = useState<'todo' | 'done'>('todo');
  const [current, setCurrent] = useState<ReviewCandidate | null>(null);
  const [draft, setDraft] = useState<CaseDraft | null>(null);
  const [form] = Form.useForm<FormValues>();
  const decided = useMemo(() => new Map((reviews ?? []).filter((r) => r.decision).map((r) => [r.ticket, r])), [reviews]);
  const rows = (data ?? []).filter((c) => (show === 'todo') === !decided.has(c.ticket));

  const submit = async (): Promise<void> => {
    if (!current) return;
    const v = form.getFieldsValue();
    const item: ReviewItem = { ticket: current.ticket, trigger: current.trigger, decision: v.decision ?? null, actions: v.actions ?? [], reviewer: v.reviewer ?? '', reason: v.reason ?? '', decidedAt: Date.now(), caseId: null };
    const problems = validateReview(item);
    if (problems.length) { message.error(problems.join('；')); return; }
    await saveReview(item);
    message.success(`已复核 ${current.ticket}`);
    if (item.actions.includes('转为疑难件')) {
      setDraft({ title: `${current.street || current.unit} ${current.category.split('/').pop() ?? ''}问题（复核转办）`, category: current.category, place: current.street, unit: current.unit, tickets: [current.ticket], source: { kind: 'review', ticket: current.ticket, reason: item.reason } });
    }
    setCurrent(null);
  };

  return (
    <div data-testid="review-queue">
      <Space style={{ marginBottom: 8 }}>
        <Segmented value={show} onChange={(v) => setShow(v as 'todo' | 'done')} options={[{ label: '待复核', value: 'todo' }, { label: '已复核', value: 'done' }]} />
        <span>共 {rows.length} 张</span>
      </Space>
      {error && <Alert type="error" message={error} />}
      <Table<ReviewCandidate> size="small" rowKey="ticket" loading={loading} dataSource={rows} pagination={{ pageSize: 20, showSizeChanger: false }}
        columns={[
          { title: '工单', dataIndex: 'ticket', width: 150 },
          { title: '原因', dataIndex: 'trigger', width: 90, render: (t: string) => <Tag color="red">{t}</Tag> },
          { title: '承办单位', dataIndex: 'unit', width: 160 },
          { title: '分类', dataIndex: 'category' },
          { title: '街道', dataIndex: 'street', width: 160 },
          { title: '受理时间', dataIndex: 'acceptedAt', width: 160, render: (t: number) => formatLocal(t) },
          {
            title: '复核', width: 220, render: (_, c) => {
              const r = decided.get(c.ticket);
              return r ? <span>{r.decision}（{r.reviewer}）{r.actions.join('、')}</span>
                : <Button size="small" onClick={() => { setCurrent(c); form.setFieldsValue({ decision: undefined, actions: [], reviewer: me, reason: '' }); }}>复核</Button>;
            },
          },
        ]} />
      <Modal open={!!current} title={`复核工单 ${current?.ticket ?? ''}`} okText="保存复核" cancelText="取消" onOk={() => void submit()} onCancel={() => setCurrent(null)}>
        <Form form={form} layout="vertical">
          <Form.Item name="decision" label="复核结论"><Radio.Group options={REVIEW_DECISIONS.map((d) => ({ label: d, value: d }))} /></Form.Item>
          <Form.Item name="actions" label="处理方式"><Checkbox.Group options={REVIEW_ACTIONS.map((a) => ({ label: a === '核减申请' ? '申请核减' : a, value: a }))} /></Form.Item>
          <Form.Item name="reviewer" label="复核人"><Input /></Form.Item>
          <Form.Item name="reason" label="复核理由"><Input.TextArea rows={3} /></Form.Item>
        </Form>
      </Modal>
      <OpenCaseModal draft={draft} onClose={() => setDraft(null)} />
    </div>
  );
}
