import { RATE_NAMES } from '@core/assess/rates';
import type { AgendaItem, MeetingItem, MeetingSnapshot } from '@core/meetings';
import { useFormat, useT } from '@renderer/i18n';

/** KPI label keys; an unknown key shows as is. */
export const KPI_KEYS = ['dispatched', 'evaluated', 'score', 'hotspots', 'casesOpen', 'casesOverdue', 'tasksDone', 'tasksOverdue'] as const;
/** Rates are labelled as the 考核 page labels them. */
const RATE = new Set<string>(RATE_NAMES);

export function useKpiText() {
  const t = useT();
  const f = useFormat();
  return {
    label: (k: string) => (RATE.has(k) ? t(`assess.rate.${k}` as 'assess.rate.rejectRate') : (KPI_KEYS as readonly string[]).includes(k) ? t(`mt.kpi.${k}` as 'mt.kpi.score') : k),
    value: (k: string, v: number | null) => (v === null ? '—' : RATE.has(k) ? f.percent(v) : k === 'score' ? v.toFixed(2) : f.number(v)),
    delta: (k: string, v: number | null) => (v === null ? '—' : `${v > 0 ? '+' : ''}${RATE.has(k) ? `${(v * 100).toFixed(1)}pp` : k === 'score' ? v.toFixed(2) : f.number(v)}`),
  };
}

/** The frozen figures of one agenda item, exactly as the snapshot holds them. */
export function ItemFigures({ item, snap, big = false }: { item: AgendaItem; snap: MeetingSnapshot; big?: boolean }) {
  const t = useT();
  const cls = big ? 'mt-fig mt-fig-big' : 'mt-fig';
  if (item.kind === 'case') {
    const c = snap.cases.find((x) => x.id === item.refId);
    if (!c) return <div className={cls}>{t('mt.fig.none')}</div>;
    return (
      <dl className={cls}>
        <dt>{t('mt.fig.stage')}</dt><dd>{c.stage}</dd>
        <dt>{t('mt.fig.tickets')}</dt><dd>{c.ticketCount}</dd>
        <dt>{t('mt.fig.overdue')}</dt><dd>{c.overdue ? t('mt.yes') : t('mt.no')}</dd>
      </dl>
    );
  }
  if (item.kind === 'campaign') {
    const g = snap.campaigns.find((x) => x.id === item.refId);
    if (!g) return <div className={cls}>{t('mt.fig.none')}</div>;
    return (
      <dl className={cls}>
        <dt>{t('mt.fig.status')}</dt><dd>{g.status}</dd>
        <dt>{t('mt.fig.tasksDone')}</dt><dd>{g.tasksDone} / {g.tasksTotal}</dd>
        <dt>{t('mt.fig.tasksOverdue')}</dt><dd>{g.tasksOverdue}</dd>
      </dl>
    );
  }
  if (item.kind === 'ranking') {
    const r = snap.ranking;
    if (!r) return <div className={cls}>{t('mt.fig.noRanking')}</div>;
    const rows = item.refId ? r.rows.filter((x) => x.unit === item.refId) : r.rows.slice(0, big ? 8 : 10);
    return (
      <div className={cls}>
        <div className="mt-fig-note">{t('mt.fig.rule', { id: r.ruleSetId, version: r.ruleSetVersion, hash: r.ruleSetHash.slice(0, 12), period: r.period })}</div>
        <table className="mt-table"><thead><tr><th>{t('mt.fig.rank')}</th><th>{t('mt.fig.unit')}</th><th>{t('mt.fig.score')}</th></tr></thead>
          <tbody>{rows.map((x) => <tr key={x.unit}><td>{x.rank}</td><td>{x.unit}</td><td>{x.score.toFixed(2)}</td></tr>)}</tbody></table>
        {rows.length === 0 && <div>{t('mt.fig.none')}</div>}
      </div>
    );
  }
  if (item.kind === 'hotspot') {
    const rows = snap.hotspots.slice(0, big ? 8 : 10);
    if (rows.length === 0) return <div className={cls}>{t('mt.fig.noHotspots')}</div>;
    return (
      <table className={`mt-table ${cls}`}><thead><tr><th>{t('mt.fig.hotspot')}</th><th>{t('mt.fig.count')}</th><th>z</th></tr></thead>
        <tbody>{rows.map((h) => <tr key={h.key}><td>{h.label}</td><td>{h.count}</td><td>{h.score.toFixed(1)}</td></tr>)}</tbody></table>
    );
  }
  const rec = snap.records.find((x) => x.id === item.refId);
  return <div className={cls}>{rec ? `${rec.title}（${rec.state}）` : t('mt.fig.none')}</div>;
}

export function itemLinkText(i: MeetingItem): string {
  return i.links.map((l) => l.id).join('、');
}
