import { useT } from '@renderer/i18n';
import type { WallData } from '../data/wall-data';
import { formatCount, isSuppressed } from '../privacy/suppress';
import { useStage } from '../stage/stage-context';
import { Board, BoardEmpty } from './Board';
import { leaf, signed } from './format';

/** Section 9 as a table: the month's groups with the highest z (hotspots marked), count, z, 同比. */
export function HotspotListBoard({ data, area, top = 12 }: { data: WallData; area: string; top?: number }) {
  const t = useT();
  const { minCount } = useStage();
  const rows = data.hotspots.report.groups
    .map((g, i) => ({ g, parts: data.hotspots.parts[i]! }))
    .filter((r) => r.g.z !== null && !isSuppressed(r.g.count, minCount))
    .slice(0, top);
  return (
    <Board id="hotspot-list" area={area} title={t('bigscreen.board.hotspotList', { month: data.period.month })}>
      {rows.length ? (
        <table className="bs-table">
          <thead><tr><th>{t('bigscreen.hot.category')}</th><th>{t('bigscreen.hot.district')}</th><th>{t('bigscreen.hot.count')}</th><th>z</th><th>{t('bigscreen.hot.yoy')}</th><th /></tr></thead>
          <tbody>{rows.map(({ g, parts }) => (
            <tr key={parts.join('/')} className={g.hotspot ? 'hot' : ''}>
              <td>{leaf(parts[0] ?? '')}</td><td>{parts[1]}</td><td>{formatCount(g.count, minCount)}</td><td>{g.z?.toFixed(1)}</td>
              <td>{g.yoy === null ? '—' : signed(g.yoy * 100, 0, '%')}</td><td>{g.hotspot ? <span className="bs-tag hot">{t('bigscreen.hot.tag')}</span> : null}</td>
            </tr>
          ))}</tbody>
        </table>
      ) : <BoardEmpty text={t('bigscreen.empty.hotspots')} />}
    </Board>
  );
}
