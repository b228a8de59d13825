/** Small read-only pieces of a record: its basis in words, evidence links a reader can open. */
import { Space, Tag } from 'antd';
import type { RecordBasis, RecordEvidence } from '@core/records/model';
import { navigate, openTickets } from '@renderer/app/navigation';
import { useT } from '@renderer/i18n';

export function BasisText({ basis }: { basis: RecordBasis | null | undefined }) {
  const t = useT();
  if (!basis) return <span>—</span>;
  switch (basis.type) {
    case 'assessment':
      return <span data-testid="basis">{t('records.basis.assessment', { title: basis.snapshotTitle, rule: `${basis.ruleSetId} v${basis.version}`, hash: basis.snapshotHash.slice(0, 12) })}{basis.ranking && basis.rank !== null ? t('records.basis.rank', { ranking: basis.ranking, rank: basis.rank }) : ''}</span>;
    case 'case': return <span data-testid="basis">{t('records.basis.case', { id: basis.caseId })}</span>;
    case 'signal': return <span data-testid="basis">{basis.signal === 'buck-passing' ? t('records.basis.buckPassing', { unit: basis.unit }) : t('records.basis.perfunctory', { unit: basis.unit })}</span>;
    case 'review': return <span data-testid="basis">{t('records.basis.review', { n: basis.tickets.length })}</span>;
  }
}

/** Ticket ids open the ticket grid on them; case ids open the case. */
export function EvidenceLinks({ evidence }: { evidence: Partial<RecordEvidence> | null | undefined }) {
  const t = useT();
  const tickets = evidence?.tickets ?? [];
  const cases = evidence?.cases ?? [];
  const tasks = evidence?.campaignTasks ?? [];
  if (tickets.length + cases.length + tasks.length === 0) return <span className="records-hint">{t('records.evidence.none')}</span>;
  return (
    <Space size={4} wrap data-testid="evidence-links">
      {tickets.length > 0 && (
        <a onClick={() => openTickets({ filters: [{ kind: 'ids', ids: tickets }], label: t('records.evidence.label', { n: tickets.length }) })} data-testid="evidence-tickets">
          {t('records.evidence.tickets', { n: tickets.length })}
        </a>
      )}
      {tickets.slice(0, 6).map((id) => <Tag key={id} style={{ cursor: 'pointer' }} onClick={() => openTickets({ filters: [{ kind: 'ids', ids: [id] }], label: id })}>{id}</Tag>)}
      {tickets.length > 6 && <span>…</span>}
      {cases.map((id) => <a key={id} onClick={() => navigate('chronic', `case=${encodeURIComponent(id)}`)}>{t('records.evidence.case', { id })}</a>)}
      {tasks.map((id) => <Tag key={id}>{t('records.evidence.task', { id })}</Tag>)}
    </Space>
  );
}

const STATE_KEYS = { 起草: 'records.state.draft', 审核: 'records.state.review', 签发: 'records.state.signoff', 已发布: 'records.state.published' } as const;
const STATE_COLORS = { 起草: 'default', 审核: 'processing', 签发: 'warning', 已发布: 'success' } as const;

export function StateTag({ state }: { state: keyof typeof STATE_KEYS }) {
  const t = useT();
  return <Tag color={STATE_COLORS[state]} data-testid="record-state">{t(STATE_KEYS[state])}</Tag>;
}
