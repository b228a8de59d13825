import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Card, Empty } from 'antd';
import type { Meeting, SnapshotDiff } from '@core/meetings';
import { useT } from '@renderer/i18n';
import { useKpiText } from './figures';

/** "Since the last meeting": differences between the previous meeting's snapshot and this one's. */
export function SincePanel({ diff, prev }: { diff: SnapshotDiff | null; prev: Meeting | null }) {
  const t = useT();
  const k = useKpiText();
  if (!prev || !diff) return <Card size="small" title={t('mt.since.title')} data-testid="mt-since"><Empty description={t(prev ? 'mt.since.prevNotFrozen' : 'mt.since.noPrev')} /></Card>;
  const moved = diff.ranks.filter((r) => r.move !== 'same');
  return (
    <Card size="small" title={t('mt.since.titleOf', { title: prev.title, date: prev.date })} data-testid="mt-since">
      <h4>{t('mt.since.kpis')}</h4>
      <table className="mt-table"><thead><tr><th>{t('mt.since.kpi')}</th><th>{t('mt.since.before')}</th><th>{t('mt.since.after')}</th><th>{t('mt.since.delta')}</th></tr></thead>
        <tbody>{diff.kpis.map((d) => <tr key={d.key}><td>{k.label(d.key)}</td><td>{k.value(d.key, d.before)}</td><td>{k.value(d.key, d.after)}</td><td>{k.delta(d.key, d.delta)}</td></tr>)}</tbody></table>
      <h4>{t('mt.since.ranks')}{!diff.sameRules && <span className="mt-warn">{t('mt.since.rulesDiffer')}</span>}</h4>
      {moved.length === 0 ? <div>{t('mt.since.noMoves')}</div> : (
        <ul className="mt-list">{moved.map((r) => (
          <li key={r.unit}>{r.unit}：{r.move === 'up' ? <span className="mt-up"><ArrowUpOutlined /> {t('mt.since.up', { by: r.by, before: r.before ?? '', after: r.after ?? '' })}</span>
            : r.move === 'down' ? <span className="mt-down"><ArrowDownOutlined /> {t('mt.since.down', { by: r.by, before: r.before ?? '', after: r.after ?? '' })}</span>
              : r.move === 'new' ? t('mt.since.new', { after: r.after ?? '' }) : t('mt.since.gone', { before: r.before ?? '' })}</li>
        ))}</ul>
      )}
      <h4>{t('mt.since.stages')}</h4>
      {diff.stages.length === 0 ? <div>{t('mt.since.noStages')}</div> : (
        <ul className="mt-list" data-testid="mt-since-stages">{diff.stages.map((s) => <li key={s.id}>{s.title}：{s.before ?? t('mt.since.absent')} → {s.after ?? t('mt.since.absent')}</li>)}</ul>
      )}
      <h4>{t('mt.since.campaigns')}</h4>
      {diff.campaigns.length === 0 ? <div>{t('mt.since.noCampaigns')}</div> : (
        <ul className="mt-list" data-testid="mt-since-campaigns">{diff.campaigns.map((c) => (
          <li key={c.id}>{t('mt.since.campaign', { title: c.title, doneBefore: c.doneBefore ?? '—', doneAfter: c.doneAfter ?? '—', overdueBefore: c.overdueBefore ?? '—', overdueAfter: c.overdueAfter ?? '—' })}</li>
        ))}</ul>
      )}
      <h4>{t('mt.since.overdue')}</h4>
      <div>{t('mt.since.overdueCounts', { added: diff.overdueNew.length, cleared: diff.overdueCleared.length })}</div>
      {diff.overdueNew.length > 0 && <ul className="mt-list">{diff.overdueNew.slice(0, 20).map((o) => <li key={`${o.kind}:${o.id}`}>{t('mt.since.overdueNew')}：{o.label}{o.kind === 'campaign-task' ? `（${o.id}）` : ''}</li>)}</ul>}
      {diff.overdueCleared.length > 0 && <ul className="mt-list">{diff.overdueCleared.slice(0, 20).map((o) => <li key={`${o.kind}:${o.id}`}>{t('mt.since.overdueCleared')}：{o.label}{o.kind === 'campaign-task' ? `（${o.id}）` : ''}</li>)}</ul>}
    </Card>
  );
}
