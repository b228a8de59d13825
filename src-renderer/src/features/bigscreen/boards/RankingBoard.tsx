import { useLayoutEffect, useRef, useState } from 'react';
import type { GroupResult } from '@core/assess/compute';
import { useT } from '@renderer/i18n';
import { formatCount } from '../privacy/suppress';
import { useStage } from '../stage/stage-context';
import { Board } from './Board';

function Row({ g, minCount }: { g: GroupResult; minCount: number }) {
  const t = useT();
  return (
    <div className={`bs-rank-row${g.insufficient ? ' insufficient' : ''}`} data-band={g.band ?? ''}>
      <span className="bs-rank-no">{g.rank ?? '—'}</span>
      <span className="bs-rank-name">{g.key.unit ?? g.parts[0]}</span>
      <span className="bs-rank-count">{formatCount(g.dispatched, minCount)}</span>
      <span className="bs-rank-score">{g.insufficient ? <span className="bs-tag">{t('bigscreen.rank.insufficient')}</span> : g.score?.toFixed(1)}</span>
      <span className="bs-rank-band">{g.band !== null ? t('bigscreen.rank.band', { band: g.band }) : ''}</span>
    </div>
  );
}

/**
 * One ranking (a unit type) of this month: rank, unit, dispatched, score, rank band (units whose
 * score intervals overlap share a band), 样本不足 for units with too few evaluated tickets. When
 * the list is taller than the board it scrolls up slowly and loops (CSS animation).
 */
export function RankingBoard({ id, title, groups, area }: { id: string; title: string; groups: GroupResult[]; area: string }) {
  const t = useT();
  const { minCount } = useStage();
  const view = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const [distance, setDistance] = useState(0);
  useLayoutEffect(() => {
    const v = view.current, l = list.current;
    if (!v || !l) return;
    setDistance(l.offsetHeight > v.clientHeight ? l.offsetHeight : 0);
  }, [groups]);
  const ranked = groups.filter((g) => g.rank !== null).length;
  const rows = groups.map((g) => <Row key={g.parts.join('/')} g={g} minCount={minCount} />);
  return (
    <Board id={id} area={area} title={title} note={t('bigscreen.rank.note', { ranked, insufficient: groups.length - ranked })}>
      <div className="bs-rank-head"><span>{t('bigscreen.rank.no')}</span><span>{t('bigscreen.rank.unit')}</span><span>{t('bigscreen.rank.dispatched')}</span><span>{t('bigscreen.rank.score')}</span><span>{t('bigscreen.rank.bandHead')}</span></div>
      <div className="bs-rank-view" ref={view}>
        <div className={distance ? 'bs-rank-scroll' : ''} style={distance ? { ['--bs-scroll' as string]: `${distance}px`, animationDuration: `${Math.max(20, groups.length * 2)}s` } : undefined}>
          <div ref={list}>{rows}</div>
          {distance ? <div aria-hidden="true">{rows}</div> : null}
        </div>
      </div>
    </Board>
  );
}
