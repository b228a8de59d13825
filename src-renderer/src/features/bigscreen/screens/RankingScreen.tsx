import { useMemo } from 'react';
import { useT } from '@renderer/i18n';
import { RankingBoard } from '../boards/RankingBoard';
import { GaugeBoard } from '../boards/RateBoards';
import { rankingsOf } from '../data/rankings';
import type { ScreenProps } from './screen-props';

/** 考核排名: the three rates and one auto-scrolling ranking board per unit type. */
export function RankingScreen({ data }: ScreenProps) {
  const t = useT();
  const rankings = useMemo(() => rankingsOf(data.units.groups), [data.units]);
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
