import { useMemo, useState } from 'react';
import { Alert, Button, Card, Empty, InputNumber, Segmented, Select, Space, Table, Tag } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import type { AssessSnapshot } from '@core/assess/snapshot';
import type { ReviewItem } from '@core/cases/review';
import type { UnitSignals } from '@core/chronic/unit-signals';
import {
  commendationCandidates, DEFAULT_SIGNAL_THRESHOLDS, rankAccountabilityCandidates, reviewAccountabilityCandidates, signalAccountabilityCandidates, type Candidate, type CandidateSource,
} from '@core/records/candidates';
import type { RecordDraft } from '@core/records/model';
import { formatLocal } from '@core/base/time/shanghai';
import { navigate } from '@renderer/app/navigation';
import { useT, type MessageKey } from '@renderer/i18n';
import { listSnapshots } from '@renderer/features/assessment/assessment-db';
import { useChronicRun, useWorkCalendar } from '@renderer/features/chronic/use-chronic';
import { DraftEditor } from './DraftEditor';
import { newDraft, today } from './records-service';
import { EvidenceLinks } from './record-view';
import { useCandidateRows, useReport } from './use-records';

const SOURCE_KEYS: Record<CandidateSource, MessageKey> = {
  'assessment-red': 'records.source.red', 'assessment-black': 'records.source.black', 'buck-passing': 'records.source.buckPassing',
  'perfunctory-closure': 'records.source.perfunctory', review: 'records.source.review',
};
const SOURCE_COLORS: Record<CandidateSource, string> = { 'assessment-red': 'red', 'assessment-black': 'default', 'buck-passing': 'orange', 'perfunctory-closure': 'gold', review: 'purple' };

/** The stored rows a candidate stands for: a 移交问责 candidate groups reviews (one row each), others are their own key. */
function sourceRows(c: Candidate): { key: string; source: string }[] {
  if (c.source === 'review') return c.draft.evidence.tickets.map((ticket) => ({ key: `review:${ticket}`, source: 'review' }));
  return [{ key: c.key, source: c.source }];
}

/** 候选: 表彰 from the red list of a published assessment; 问责 from its black list, unit signals and the 移交问责 reviews. */
export function CandidatesPanel() {
  const t = useT();
  const report = useReport();
  const cal = useWorkCalendar();
  const rows = useCandidateRows();
  const snapshots = useLiveQuery(listSnapshots, []);
  const unitSnapshots = useMemo(() => (snapshots ?? []).filter((s) => s.groupBy.length === 1 && s.groupBy[0] === 'unit').sort((a, b) => b.at - a.at), [snapshots]);
  const [snapId, setSnapId] = useState<number | null>(null);
  const snap: AssessSnapshot | undefined = unitSnapshots.find((s) => s.id === snapId) ?? unitSnapshots[0];
  const signals = useChronicRun<UnitSignals[]>({ op: 'signals' }, []);
  const [editing, setEditing] = useState<Candidate | null>(null);
  const [buckPassing, setBuckPassing] = useState(DEFAULT_SIGNAL_THRESHOLDS.buckPassing);
  const [perfunctory, setPerfunctory] = useState(DEFAULT_SIGNAL_THRESHOLDS.perfunctory);
  const [kind, setKind] = useState<'all' | '表彰' | '问责'>('all');

  const { list, snapError } = useMemo(() => {
    if (!cal || !rows) return { list: [] as Candidate[], snapError: null as string | null };
    const o = { cal, today: today() };
    const out: Candidate[] = [];
    let snapError: string | null = null;
    if (snap) {
      try { out.push(...commendationCandidates(snap, 5), ...rankAccountabilityCandidates(snap, 3, o)); } catch (e) { snapError = (e as Error).message; }
    }
    out.push(...signalAccountabilityCandidates(signals.data ?? [], o, { buckPassing, perfunctory }));
    const openReviews = rows.filter((r) => r.source === 'review' && r.status === 'open' && r.review);
    const unitOf = new Map(openReviews.map((r) => [r.ticket ?? '', r.unit ?? '']));
    out.push(...reviewAccountabilityCandidates(openReviews.map((r) => r.review as ReviewItem), (tk) => unitOf.get(tk) || null, o));
    const done = new Set(rows.filter((r) => r.status !== 'open').map((r) => r.key));
    const order: CandidateSource[] = ['review', 'buck-passing', 'perfunctory-closure', 'assessment-black', 'assessment-red'];
    const list = out.filter((c) => !sourceRows(c).every((r) => done.has(r.key)) && (kind === 'all' || c.draft.kind === kind));
    return { list: list.sort((a, b) => order.indexOf(a.source) - order.indexOf(b.source)), snapError };
  }, [cal, rows, snap, signals.data, buckPassing, perfunctory, kind]);

  const drafted = (rows ?? []).filter((r) => r.status === 'drafted').length;
  const save = async (d: RecordDraft) => {
    if (!editing) return false;
    return report(await newDraft(d, sourceRows(editing)), t('records.candidates.drafted'));
  };

  return (
    <div data-testid="records-candidates">
      <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('records.candidates.lead')} />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap>
          <Segmented value={kind} onChange={(v) => setKind(v as typeof kind)} data-testid="candidates-kind"
            options={[{ label: t('records.candidates.all'), value: 'all' }, { label: '表彰', value: '表彰' }, { label: '问责', value: '问责' }]} />
          <span>{t('records.candidates.snapshot')}</span>
          {unitSnapshots.length ? (
            <Select style={{ width: 420 }} value={snap?.id ?? null} onChange={setSnapId} data-testid="candidates-snapshot"
              options={unitSnapshots.map((s) => ({ value: s.id!, label: `${s.title} · ${formatLocal(s.at)} · ${s.ruleSetId} v${s.ruleSetVersion}` }))} />
          ) : (
            <span className="records-hint">{t('records.candidates.noSnapshot')} <a onClick={() => navigate('assessment')}>{t('records.candidates.toAssessment')}</a></span>
          )}
          <span className="records-hint">{signals.loading ? t('records.candidates.signalsLoading') : t('records.candidates.signals', { n: signals.data?.length ?? 0 })}</span>
          <InputNumber size="small" min={1} max={999} value={buckPassing} onChange={(v) => setBuckPassing(v ?? DEFAULT_SIGNAL_THRESHOLDS.buckPassing)} addonBefore={t('records.candidates.buckMin')} addonAfter={t('records.candidates.tickets')} style={{ width: 200 }} data-testid="threshold-buck" />
          <InputNumber size="small" min={1} max={999} value={perfunctory} onChange={(v) => setPerfunctory(v ?? DEFAULT_SIGNAL_THRESHOLDS.perfunctory)} addonBefore={t('records.candidates.perfunctoryMin')} addonAfter={t('records.candidates.tickets')} style={{ width: 200 }} data-testid="threshold-perfunctory" />
          <span className="records-hint">{t('records.candidates.draftedCount', { n: drafted })}</span>
        </Space>
        {snapError && <Alert type="error" showIcon style={{ marginTop: 8 }} message={snapError} />}
        {signals.error && <Alert type="error" showIcon style={{ marginTop: 8 }} message={signals.error} />}
      </Card>
      <Table<Candidate> size="small" rowKey="key" dataSource={list} pagination={{ pageSize: 12, showSizeChanger: false }} data-testid="candidates-table"
        locale={{ emptyText: <Empty description={t('records.candidates.empty')} /> }}
        columns={[
          { title: t('records.candidates.source'), dataIndex: 'source', width: 150, render: (s: CandidateSource) => <Tag color={SOURCE_COLORS[s]}>{t(SOURCE_KEYS[s])}</Tag>,
            filters: (Object.keys(SOURCE_KEYS) as CandidateSource[]).map((s) => ({ text: t(SOURCE_KEYS[s]), value: s })), onFilter: (v, c) => c.source === v },
          { title: t('records.field.subject'), width: 200, render: (_: unknown, c) => c.draft.subject.name },
          { title: t('records.field.kind'), width: 130, render: (_: unknown, c) => `${c.draft.kind} · ${c.draft.measure}` },
          { title: t('records.candidates.summary'), dataIndex: 'summary', width: 200 },
          { title: t('records.field.evidence'), render: (_: unknown, c) => <EvidenceLinks evidence={c.draft.evidence} /> },
          { title: '', width: 100, render: (_: unknown, c) => <Button size="small" type="primary" onClick={() => setEditing(c)} data-testid="candidate-draft">{t('records.candidates.draft')}</Button> },
        ]} />
      <DraftEditor open={!!editing} title={t('records.candidates.editorTitle', { subject: editing?.draft.subject.name ?? '' })} initial={editing?.draft ?? null} onCancel={() => setEditing(null)} onSave={save} />
    </div>
  );
}
