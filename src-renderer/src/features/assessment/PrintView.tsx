import { GROUP_KEY_LABELS } from '@core/assess/dimensions';
import { periodLabel } from '@core/assess/period';
import { RATE_LABELS } from '@core/assess/rates';
import type { RankResponse } from '@renderer/engine/computations/assess';
import { pct, score } from './format';

/** The printable ranking: a plain table shown only when printing (see assessment.css). */
export function PrintView({ data, ruleSet, office }: { data: RankResponse; ruleSet: string; office: string }) {
  const { result } = data;
  const rates = ['responseRate', 'resolutionRate', 'satisfactionRate', 'onTimeRate'] as const;
  return (
    <div className="assess-print">
      <h2>{office || '12345 热线督办'} · {periodLabel(result)}考核排名</h2>
      <div className="assess-print-meta">规则：{ruleSet}；派单 {result.total.dispatched} 件，参评 {result.total.evaluated} 件，综合得分 {score(result.total.score)}</div>
      <table>
        <thead>
          <tr>
            <th>排名</th>{result.by.map((k) => <th key={k}>{GROUP_KEY_LABELS[k]}</th>)}<th>分档</th><th>参评量</th><th>综合得分</th>
            {rates.map((r) => <th key={r}>{RATE_LABELS[r]}</th>)}
          </tr>
        </thead>
        <tbody>
          {result.groups.map((g) => (
            <tr key={g.parts.join('/')}>
              <td>{g.insufficient ? '样本不足' : g.rank ?? '—'}</td>
              {g.parts.map((p, i) => <td key={i}>{p || '（空）'}</td>)}
              <td>{g.ranking ?? ''}</td><td>{g.evaluated}</td><td>{score(g.score)}</td>
              {rates.map((r) => <td key={r}>{pct(g.rates[r].value)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
