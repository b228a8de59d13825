import type { GroupResult } from '@core/assess/compute';
import { useT } from '@renderer/i18n';
import { RankingBoard } from '../boards/RankingBoard';
import { GaugeBoard } from '../boards/RateBoards';
import type { ScreenProps } from './screen-props';

/** Rankings in the order the office reads them; others follow by name. */
const ORDER = ['区', '街乡镇', '市级部门', '国有企业', '其他'];

/** The unit rankings of this month, one board per unit type (at most four), up to four of them. */
export function rankingsOf(groups: readonly GroupResult[]): { name: string; groups: GroupResult[] }[] {
  const by = new Map<string, GroupResult[]>();
  for (const g of groups) {
    const k = g.ranking ?? g.unitType ?? '其他';
    by.set(k, [...(by.get(k) ?? []), g]);
  }
  const rank = (n: string) => (ORDER.includes(n) ? ORDER.indexOf(n) : ORDER.length);
  return [...by].sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : 1)).slice(0, 4).map(([name, gs]) => ({ name, groups: gs }));
}

/** 考核排名: the three rates and one auto-scrolling ranking board per unit type. */
export function RankingScreen({ data }: ScreenProps) {
  const t = useT();
  const rankings = rankingsOf(data.units.groups);
  return (
    <div className="bs-grid bs-grid-ranking" data-screen="ranking">
      <GaugeBoard data={data} rate="responseRate" area="g1" />
      <GaugeBoard data={data} rate="resolutionRate" area="g2" />
      <GaugeBoard data={data} rate="satisfactionRate" area="g3" />
      {rankings.map((r, i) => (
        <RankingBoard key={r.name} id={`ranking-${i + 1}`} area={`r${i + 1}`} groups={r.groups} title={t('bigscreen.board.ranking', { type: r.name, month: data.period.month })} />
      ))}
    </div>
  );
}
