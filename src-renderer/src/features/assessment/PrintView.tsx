import { useT } from '@renderer/i18n';
import type { RankResponse } from '@renderer/engine/computations/assess';
import { pct, score } from './format';
import { groupKeyLabel, periodText, rateLabel } from './labels';

/** The printable ranking: a plain table shown only when printing (see assessment.css). */
export function PrintView({ data, ruleSet, office }: { data: RankResponse; ruleSet: string; office: string }) {
  const t = useT();
  const { result } = data;
  const rates = ['responseRate', 'resolutionRate', 'satisfactionRate', 'onTimeRate'] as const;
  return (
    <div className="assess-print">
      <h2>{t('assess.print.title', { office: office || t('assess.print.defaultOffice'), period: periodText(result, t) })}</h2>
      <div className="assess-print-meta">{t('assess.print.meta', { rule: ruleSet, dispatched: result.total.dispatched, evaluated: result.total.evaluated, score: score(result.total.score) })}</div>
      <table>
        <thead>
          <tr>
            <th>{t('assess.grid.rank')}</th>{result.by.map((k) => <th key={k}>{groupKeyLabel(k, t)}</th>)}<th>{t('assess.grid.tier')}</th><th>{t('assess.evaluated')}</th><th>{t('assess.score')}</th>
            {rates.map((r) => <th key={r}>{rateLabel(r, t)}</th>)}
          </tr>
        </thead>
        <tbody>
          {result.groups.map((g) => (
            <tr key={g.parts.join('/')}>
              <td>{g.insufficient ? t('assess.grid.insufficient') : g.rank ?? '—'}</td>
              {g.parts.map((p, i) => <td key={i}>{p || t('assess.blank')}</td>)}
              <td>{g.ranking ?? ''}</td><td>{g.evaluated}</td><td>{score(g.score)}</td>
              {rates.map((r) => <td key={r}>{pct(g.rates[r].value)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
