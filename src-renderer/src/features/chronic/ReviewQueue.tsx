import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Alert, App, Button, Checkbox, Form, Input, Modal, Radio, Segmented, Space, Table, Tag } from 'antd';
import { EXEMPTION_STATUS_LABELS, type Exemption } from '@core/assess/exemptions';
import { REVIEW_ACTIONS, REVIEW_DECISIONS, type ReviewAction, type ReviewDecision, type ReviewItem } from '@core/cases/review';
import { formatLocal } from '@core/base/time/shanghai';
import { navigate } from '@renderer/app/navigation';
import type { ReviewCandidate } from '@renderer/engine/computations/chronic';
import { listExemptions } from '@renderer/features/assessment/assessment-db';
import { useAssessStore } from '@renderer/features/assessment/assessment-store';
import { linkReviewCase, listReviews, submitReview } from './case-repo';
import { useChronicStore } from './chronic-store';
import { OpenCaseModal, type CaseDraft } from './OpenCaseModal';
import { ACCOUNTABILITY_MOVED, type ReviewRecord } from './review-forward';
import { ComputingState } from './ComputingState';
import { useChronicRun } from './use-chronic';

type FormValues = { decision: ReviewDecision; actions: ReviewAction[]; reviewer: string; reason: string };

/** How each action is sent on, shown beside the choice so nothing is a surprise. */
const ACTION_LABELS: Record<ReviewAction, string> = {
  重办: '重办',
  核减申请: '申请核减（提交到考核页「核减」待审核）',
  转为疑难件: '转为疑难件（已有疑难件则关联，否则立案）',
  移交问责: '移交问责（转到「表彰问责」页作为问责候选）',
};

function caseDraftOf(c: ReviewCandidate, reason: string): CaseDraft {
  return { title: `${c.street || c.unit} ${c.category.split('/').pop() ?? ''}问题（复核转办）`, category: c.category, place: c.street, unit: c.unit, tickets: [c.ticket], source: { kind: 'review', ticket: c.ticket, reason } };
}

function openExemptions(): void {
  useAssessStore.getState().set({ tab: 'exemptions' });
  navigate('assessment');
}

/** Where a saved review's actions went: the 核减 request and its status, the case, the 问责 hand-off. */
function ReviewOutcomeCell({ r, exemption, onOpenCase }: { r: ReviewRecord; exemption: Exemption | undefined; onOpenCase: () => void }) {
  return (
    <Space size={4} wrap data-testid="review-outcome">
      <span>{r.decision}（{r.reviewer}）</span>
      {r.actions.map((a) => {
        if (a === '核减申请') {
          return exemption
            ? <Tag key={a} color="blue" style={{ cursor: 'pointer' }} onClick={openExemptions} title="打开考核页「核减」查看审核情况" data-testid="review-exemption">核减 {EXEMPTION_STATUS_LABELS[exemption.status]}</Tag>
            : <Tag key={a}>核减申请（未找到申请记录）</Tag>;
        }
        if (a === '转为疑难件') {
          return r.caseId
            ? <a key={a} href={`#/chronic?case=${encodeURIComponent(r.caseId)}`}>疑难件 {r.caseId}</a>
            : <Button key={a} size="small" type="link" onClick={onOpenCase}>转为疑难件：待立案</Button>;
        }
        if (a === '移交问责') {
          return <Tag key={a} color="orange" style={{ cursor: 'pointer' }} onClick={() => navigate('records', 'tab=candidates')} title="打开「表彰问责」页的候选"
            data-testid="review-accountability">移交问责 · {r.accountability?.status ?? ACCOUNTABILITY_MOVED}</Tag>;
        }
        return <Tag key={a}>{a}</Tag>;
      })}
    </Space>
  );
}

/** 不满意工单复核: tickets rated 不满意 or 未解决, each decided 属实/不属实/部分属实 with actions. */
export function ReviewQueue() {
  const { message } = App.useApp();
  const me = useChronicStore((s) => s.me);
  const run = useChronicRun<ReviewCandidate[]>({ op: 'reviewQueue' }, []);
  const { data, error, loading } = run;
  const reviews = useLiveQuery(listReviews, []);
  const exemptions = useLiveQuery(listExemptions, []);
  const [show, setShow] = useState<'todo' | 'done'>('todo');
  const [current, setCurrent] = useState<ReviewCandidate | null>(null);
  const [saving, setSaving] = useState(false);
  const [draft, setDraft] = useState<CaseDraft | null>(null);
  const [form] = Form.useForm<FormValues>();
  const chosen = Form.useWatch('actions', form);
  const decided = useMemo(() => new Map((reviews ?? []).filter((r) => r.decision).map((r) => [r.ticket, r])), [reviews]);
  const exemptionById = useMemo(() => new Map((exemptions ?? []).map((e) => [e.id, e])), [exemptions]);
  const rows = (data ?? []).filter((c) => (show === 'todo') === !decided.has(c.ticket));

  const submit = async (): Promise<void> => {
    if (!current) return;
    const v = form.getFieldsValue();
    const item: ReviewItem = { ticket: current.ticket, trigger: current.trigger, decision: v.decision ?? null, actions: v.actions ?? [], reviewer: (v.reviewer ?? '').trim(), reason: (v.reason ?? '').trim(), decidedAt: Date.now(), caseId: null };
    setSaving(true);
    try {
      // Refusals (invalid review, 核减 reason too short…) keep the dialog open with what was typed.
      const out = await submitReview(item, { ticket: current.ticket, unit: current.unit });
      void message.success([`已复核 ${current.ticket}`, ...out.notes].join('；'));
      if (out.needsCase) setDraft(caseDraftOf(current, item.reason));
      setCurrent(null);
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div data-testid="review-queue">
      <Space style={{ marginBottom: 8 }}>
        <Segmented value={show} onChange={(v) => setShow(v as 'todo' | 'done')} options={[{ label: '待复核', value: 'todo' }, { label: '已复核', value: 'done' }]} data-testid="review-show" />
        <span>共 {rows.length} 张</span>
      </Space>
      {error && <Alert type="error" showIcon message="读取复核队列失败" description={error} action={<Button size="small" onClick={run.retry}>重试</Button>} />}
      {loading && !data && <ComputingState what="正在整理不满意工单复核队列…" since={run.startedAt} tickets={run.tickets} />}
      <Table<ReviewCandidate> size="small" rowKey="ticket" loading={loading && !!data} dataSource={rows} pagination={{ pageSize: 20, showSizeChanger: false }} data-testid="review-table"
        columns={[
          { title: '工单', dataIndex: 'ticket', width: 150 },
          { title: '原因', dataIndex: 'trigger', width: 90, render: (t: string) => <Tag color="red">{t}</Tag> },
          { title: '承办单位', dataIndex: 'unit', width: 160 },
          { title: '分类', dataIndex: 'category' },
          { title: '街道', dataIndex: 'street', width: 140 },
          { title: '受理时间', dataIndex: 'acceptedAt', width: 160, render: (t: number) => formatLocal(t) },
          {
            title: '复核', width: 300, render: (_, c) => {
              const r = decided.get(c.ticket);
              return r ? <ReviewOutcomeCell r={r} exemption={r.exemptionId != null ? exemptionById.get(r.exemptionId) : undefined} onOpenCase={() => setDraft(caseDraftOf(c, r.reason))} />
                : <Button size="small" data-testid="review-open" onClick={() => { setCurrent(c); form.setFieldsValue({ decision: undefined, actions: [], reviewer: me, reason: '' }); }}>复核</Button>;
            },
          },
        ]} />
      <Modal open={!!current} title={`复核工单 ${current?.ticket ?? ''}`} okText="保存复核" cancelText="取消" onOk={() => void submit()} onCancel={() => setCurrent(null)}
        confirmLoading={saving} width={620} okButtonProps={{ 'data-testid': 'review-ok' } as Record<string, string>}>
        <Form form={form} layout="vertical" data-testid="review-form">
          <Form.Item name="decision" label="复核结论"><Radio.Group options={REVIEW_DECISIONS.map((d) => ({ label: d, value: d }))} /></Form.Item>
          <Form.Item name="actions" label="处理方式" extra="核减只适用于结论为不属实或部分属实的工单；重办、移交问责需至少部分属实。">
            <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 4 }} options={REVIEW_ACTIONS.map((a) => ({ label: ACTION_LABELS[a], value: a }))} />
          </Form.Item>
          {chosen?.includes('核减申请') && current && (
            <Alert style={{ marginBottom: 12 }} type="info" showIcon data-testid="review-exemption-hint"
              message={`保存后将以承办单位「${current.unit || '（无）'}」的名义提交核减申请，复核人记为申请人，复核理由即核减理由（至少 4 个字），由领导在考核页「核减」审核。`} />
          )}
          {chosen?.includes('移交问责') && (
            <Alert style={{ marginBottom: 12 }} type="info" showIcon
              message="保存后转到「表彰问责」页的候选（问责），由录入人员起草问责记录，经另一位同事审核、签发后发布；本复核标记为“已移交表彰问责”。" />
          )}
          <Form.Item name="reviewer" label="复核人"><Input data-testid="review-reviewer" /></Form.Item>
          <Form.Item name="reason" label="复核理由"><Input.TextArea rows={3} data-testid="review-reason" /></Form.Item>
        </Form>
      </Modal>
      <OpenCaseModal draft={draft} onClose={() => setDraft(null)}
        onOpened={async (id) => { const t = draft?.tickets[0]; if (t && draft?.source.kind === 'review') await linkReviewCase(t, id); }} />
    </div>
  );
}
