import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Alert, App, Button, Checkbox, Form, Input, Modal, Radio, Segmented, Space, Table, Tag } from 'antd';
import { EXEMPTION_STATUS_LABELS, type Exemption, type ExemptionStatus } from '@core/assess/exemptions';
import { REVIEW_ACTIONS, REVIEW_DECISIONS, type ReviewAction, type ReviewDecision, type ReviewItem } from '@core/cases/review';
import { navigate } from '@renderer/app/navigation';
import { useFormat, useT, type Translate } from '@renderer/i18n';
import { exemptionStatusLabel } from '@renderer/features/assessment/labels';
import type { ReviewCandidate } from '@renderer/engine/computations/chronic';
import { listExemptions } from '@renderer/features/assessment/assessment-db';
import { useAssessStore } from '@renderer/features/assessment/assessment-store';
import { linkReviewCase, listReviews, submitReview } from './case-repo';
import { useChronicStore } from './chronic-store';
import { OpenCaseModal, type CaseDraft } from './OpenCaseModal';
import { ACCOUNTABILITY_MOVED, ACCOUNTABILITY_PENDING, type ReviewNote, type ReviewRecord } from './review-forward';
import { decisionLabel, reviewActionLabel } from './labels';
import { ComputingState } from './ComputingState';
import { useChronicRun } from './use-chronic';

type FormValues = { decision: ReviewDecision; actions: ReviewAction[]; reviewer: string; reason: string };

/** The stored 移交问责 mark in the interface language. */
function pendingText(status: string, t: Translate): string {
  if (status === ACCOUNTABILITY_MOVED) return t('chronic.review.moved');
  return status === ACCOUNTABILITY_PENDING ? t('chronic.review.pending') : status;
}

/** A forwarding note in the interface language (its stored names translated too). */
function noteText(n: ReviewNote, t: Translate): string {
  const p = { ...n.params };
  if (typeof p.pending === 'string') p.pending = pendingText(p.pending, t);
  const status = Object.entries(EXEMPTION_STATUS_LABELS).find(([, label]) => label === p.status)?.[0];
  if (status) p.status = exemptionStatusLabel(status as ExemptionStatus, t);
  return t(n.key, p);
}

function caseDraftOf(c: ReviewCandidate, reason: string, t: Translate): CaseDraft {
  return { title: t('chronic.review.draftTitle', { place: c.street || c.unit, category: c.category.split('/').pop() ?? '' }), category: c.category, place: c.street, unit: c.unit, tickets: [c.ticket], source: { kind: 'review', ticket: c.ticket, reason } };
}

function openExemptions(): void {
  useAssessStore.getState().set({ tab: 'exemptions' });
  navigate('assessment');
}

/** Where a saved review's actions went: the 核减 request and its status, the case, the 问责 hand-off. */
function ReviewOutcomeCell({ r, exemption, onOpenCase }: { r: ReviewRecord; exemption: Exemption | undefined; onOpenCase: () => void }) {
  const t = useT();
  return (
    <Space size={4} wrap data-testid="review-outcome">
      <span>{t('chronic.review.outcome', { decision: r.decision ? decisionLabel(r.decision, t) : '', reviewer: r.reviewer })}</span>
      {r.actions.map((a) => {
        if (a === '核减申请') {
          return exemption
            ? <Tag key={a} color="blue" style={{ cursor: 'pointer' }} onClick={openExemptions} title={t('chronic.review.openExemptions')} data-testid="review-exemption">{t('chronic.review.exemption', { status: exemptionStatusLabel(exemption.status, t) })}</Tag>
            : <Tag key={a}>{t('chronic.review.exemptionMissing')}</Tag>;
        }
        if (a === '转为疑难件') {
          return r.caseId
            ? <a key={a} href={`#/chronic?case=${encodeURIComponent(r.caseId)}`}>{t('chronic.review.case', { id: r.caseId })}</a>
            : <Button key={a} size="small" type="link" onClick={onOpenCase}>{t('chronic.review.caseToOpen')}</Button>;
        }
        if (a === '移交问责') {
          return <Tag key={a} color="orange" style={{ cursor: 'pointer' }} onClick={() => navigate('records', 'tab=candidates')} title={t('chronic.review.openRecords')}
            data-testid="review-accountability">{t('chronic.review.accountabilityTag', { status: pendingText(r.accountability?.status ?? ACCOUNTABILITY_MOVED, t) })}</Tag>;
        }
        return <Tag key={a}>{reviewActionLabel(a, t)}</Tag>;
      })}
    </Space>
  );
}

/** 不满意工单复核: tickets rated 不满意 or 未解决, each decided 属实/不属实/部分属实 with actions. */
export function ReviewQueue() {
  const { message } = App.useApp();
  const me = useChronicStore((s) => s.me);
  const t = useT();
  const fmt = useFormat();
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
      void message.success([t('chronic.review.done', { ticket: current.ticket }), ...out.noteMessages.map((n) => noteText(n, t))].join(t('chronic.review.noteSep')));
      if (out.needsCase) setDraft(caseDraftOf(current, item.reason, t));
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
        <Segmented value={show} onChange={(v) => setShow(v as 'todo' | 'done')} options={[{ label: t('chronic.review.todo'), value: 'todo' }, { label: t('chronic.review.decided'), value: 'done' }]} data-testid="review-show" />
        <span>{t('chronic.review.count', { count: fmt.number(rows.length) })}</span>
      </Space>
      {error && <Alert type="error" showIcon message={t('chronic.review.loadFailed')} description={error} action={<Button size="small" onClick={run.retry}>{t('chronic.retry')}</Button>} />}
      {loading && !data && <ComputingState what={t('chronic.review.computing')} since={run.startedAt} tickets={run.tickets} />}
      <Table<ReviewCandidate> size="small" rowKey="ticket" loading={loading && !!data} dataSource={rows} pagination={{ pageSize: 20, showSizeChanger: false }} data-testid="review-table"
        columns={[
          { title: t('chronic.review.col.ticket'), dataIndex: 'ticket', width: 150 },
          { title: t('chronic.review.col.trigger'), dataIndex: 'trigger', width: 90, render: (v: string) => <Tag color="red">{v}</Tag> },
          { title: t('chronic.review.col.unit'), dataIndex: 'unit', width: 160 },
          { title: t('chronic.review.col.category'), dataIndex: 'category' },
          { title: t('chronic.review.col.street'), dataIndex: 'street', width: 140 },
          { title: t('chronic.review.col.acceptedAt'), dataIndex: 'acceptedAt', width: 160, render: (at: number) => fmt.dateTime(at) },
          {
            title: t('chronic.review.col.review'), width: 300, render: (_, c) => {
              const r = decided.get(c.ticket);
              return r ? <ReviewOutcomeCell r={r} exemption={r.exemptionId != null ? exemptionById.get(r.exemptionId) : undefined} onOpenCase={() => setDraft(caseDraftOf(c, r.reason, t))} />
                : <Button size="small" data-testid="review-open" onClick={() => { setCurrent(c); form.setFieldsValue({ decision: undefined, actions: [], reviewer: me, reason: '' }); }}>{t('chronic.review.open')}</Button>;
            },
          },
        ]} />
      <Modal open={!!current} title={t('chronic.review.title', { ticket: current?.ticket ?? '' })} okText={t('chronic.review.save')} cancelText={t('chronic.cancel')} onOk={() => void submit()} onCancel={() => setCurrent(null)}
        confirmLoading={saving} width={620} okButtonProps={{ 'data-testid': 'review-ok' } as Record<string, string>}>
        <Form form={form} layout="vertical" data-testid="review-form">
          <Form.Item name="decision" label={t('chronic.review.decision')}><Radio.Group options={REVIEW_DECISIONS.map((d) => ({ label: decisionLabel(d, t), value: d }))} /></Form.Item>
          <Form.Item name="actions" label={t('chronic.review.actions')} extra={t('chronic.review.actionsHint')}>
            <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 4 }} options={REVIEW_ACTIONS.map((a) => ({ label: reviewActionLabel(a, t, true, t('chronic.review.moved')), value: a }))} />
          </Form.Item>
          {chosen?.includes('核减申请') && current && (
            <Alert style={{ marginBottom: 12 }} type="info" showIcon data-testid="review-exemption-hint"
              message={t('chronic.review.exemptHint', { unit: current.unit || t('chronic.none') })} />
          )}
          {chosen?.includes('移交问责') && (
            <Alert style={{ marginBottom: 12 }} type="info" showIcon
              message={t('chronic.review.accountabilityHint', { pending: t('chronic.review.moved') })} />
          )}
          <Form.Item name="reviewer" label={t('chronic.review.reviewer')}><Input data-testid="review-reviewer" /></Form.Item>
          <Form.Item name="reason" label={t('chronic.review.reason')}><Input.TextArea rows={3} data-testid="review-reason" /></Form.Item>
        </Form>
      </Modal>
      <OpenCaseModal draft={draft} onClose={() => setDraft(null)}
        onOpened={async (id) => { const t = draft?.tickets[0]; if (t && draft?.source.kind === 'review') await linkReviewCase(t, id); }} />
    </div>
  );
}
