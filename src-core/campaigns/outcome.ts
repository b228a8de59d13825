import { monthIndexToString, parseMonth } from '../base/time/month-index';
import { epochToLocalParts, formatLocalDate, monthIndexOf, parseLocalDate } from '../base/time/shanghai';
import type { ProblemSelector } from './selector';

/**
 * The outcome of DOMAIN.md section 8, as a pure finisher over monthly counts: it never sees a
 * ticket. Whatever counts the tickets (the TicketTable pass of outcome-count.ts today, a SQL
 * `GROUP BY month` later) hands over one {@link MonthCount} per covered month, and
 * {@link finishOutcome} prints the same JSON from it.
 */

/** Matching tickets of one covered month (`YYYY-MM`). A month absent from a list is not covered. */
export type MonthCount = { month: string; count: number };

export type OutcomeFigure = 'before' | 'after' | 'beforeLastYear' | 'afterLastYear' | 'change' | 'effect' | 'effectCi';
const COUNT_FIGURES = ['before', 'after', 'beforeLastYear', 'afterLastYear'] as const;
type CountFigure = (typeof COUNT_FIGURES)[number];

/** The CLI JSON of `campaign-outcome` (DOMAIN.md section 8), key for key. */
export type CampaignOutcome = {
  selector: ProblemSelector;
  /** As given, written `YYYY-MM-DD` (`to` exclusive), and the window K in months. */
  period: { from: string; to: string; windowMonths: number };
  /** Each covered month from 12 + K months before the month of `from` to the last month of the after window. */
  months: MonthCount[];
  before: number | null;
  after: number | null;
  beforeLastYear: number | null;
  afterLastYear: number | null;
  change: number | null;
  effect: number | null;
  effectCi: [number, number] | null;
  /** Figure name → why it is null (Chinese); {} when no figure is null. */
  nullReasons: Partial<Record<OutcomeFigure, string>>;
};

/**
 * Why a figure is null, as data (the UI words it in its own language; {@link causeText} in
 * Chinese): months it needs are not covered, a count it divides by is 0, or a figure it is
 * computed from is null.
 */
export type NullCause =
  | { figure: OutcomeFigure; code: 'uncovered'; months: string[] }
  | { figure: OutcomeFigure; code: 'zero'; counts: CountFigure[] }
  | { figure: OutcomeFigure; code: 'dependsOn'; figures: OutcomeFigure[] };

/** Month indexes of the windows of a campaign (each list ascending). */
export type OutcomeWindows = {
  /** The period as `YYYY-MM-DD` (zero-padded). */
  from: string;
  to: string;
  /** Month of `from`. */
  fromMonth: number;
  /** First month of the after window: the month of `to`, or the month after when `to` is not a month start. */
  afterMonth: number;
  before: number[];
  after: number[];
  beforeLastYear: number[];
  afterLastYear: number[];
  /** Months the campaign runs in (month of `from` … month of the last day before `to`). */
  campaign: number[];
  /** The span the `months` series covers: [fromMonth − 12 − K, afterMonth + K − 1]. */
  range: [number, number];
};

/** Everything the finisher works out: the JSON, the causes of its nulls and the windows. */
export type OutcomeDetail = { outcome: CampaignOutcome; causes: NullCause[]; windows: OutcomeWindows };

const FIGURE_LABELS: Readonly<Record<OutcomeFigure, string>> = {
  before: '整治前', after: '整治后', beforeLastYear: '上年同期整治前', afterLastYear: '上年同期整治后',
  change: '变化率', effect: '季节调整后效果', effectCi: '效果区间',
};

/** Default window K (months). */
export const DEFAULT_WINDOW_MONTHS = 3;

const span = (a: number, k: number): number[] => Array.from({ length: k }, (_, i) => a + i);

/**
 * Parses the campaign period and window: `from` and `to` as `YYYY-MM-DD` local dates, `to`
 * exclusive and after `from`, K an integer 1–12. Throws a one-line Chinese message otherwise.
 */
export function outcomeWindows(from: string, to: string, k: number = DEFAULT_WINDOW_MONTHS): OutcomeWindows {
  const f = parseLocalDate(from), t = parseLocalDate(to);
  if (Number.isNaN(f)) throw new Error(`开始日期「${from}」无效，请写成 YYYY-MM-DD，例如 2026-03-01`);
  if (Number.isNaN(t)) throw new Error(`结束日期「${to}」无效，请写成 YYYY-MM-DD，例如 2026-06-01（不含当天）`);
  if (t <= f) throw new Error(`结束日期 ${to} 须晚于开始日期 ${from}（结束日期不含当天）`);
  if (!Number.isInteger(k) || k < 1 || k > 12) throw new Error(`对比窗口月数「${k}」无效，请填写 1 到 12 之间的整数（默认 3）`);
  const fromMonth = monthIndexOf(f);
  const toMonth = monthIndexOf(t);
  const afterMonth = epochToLocalParts(t).d === 1 ? toMonth : toMonth + 1;
  const before = span(fromMonth - k, k);
  const after = span(afterMonth, k);
  const lastCampaignMonth = monthIndexOf(t - 1);
  return {
    from: formatLocalDate(f), to: formatLocalDate(t), fromMonth, afterMonth, before, after,
    beforeLastYear: before.map((m) => m - 12), afterLastYear: after.map((m) => m - 12),
    campaign: span(fromMonth, lastCampaignMonth - fromMonth + 1),
    range: [fromMonth - 12 - k, afterMonth + k - 1],
  };
}

/** Chinese reason of a cause. */
export function causeText(c: NullCause): string {
  switch (c.code) {
    case 'uncovered': return `数据未覆盖 ${c.months.join('、')}（这些月份没有任何工单），无法计算${FIGURE_LABELS[c.figure]}`;
    case 'zero': return `${c.counts.map((x) => FIGURE_LABELS[x]).join('、')}的匹配工单数为 0，作除数时无法计算${FIGURE_LABELS[c.figure]}`;
    case 'dependsOn': return `${c.figures.map((x) => FIGURE_LABELS[x]).join('、')}为空，因此无法计算${FIGURE_LABELS[c.figure]}`;
  }
}

/** Input of {@link finishOutcome}: the selector and period as given, K, and one count per covered month. */
export type OutcomeInput = { selector: ProblemSelector; from: string; to: string; windowMonths?: number; counts: readonly MonthCount[] };

/**
 * DOMAIN.md section 8 from monthly counts. `before` … `afterLastYear` sum their K months and are
 * null when one of those months is not covered; `change` = after / before − 1; `effect` =
 * (after / before) / (afterLastYear / beforeLastYear) − 1 with the 95% interval
 * exp(ln R ± 1.96·√(1/after + 1/before + 1/afterLastYear + 1/beforeLastYear)) − 1. A figure is
 * null when a count it divides by is 0 or a figure it needs is null; the interval also when any
 * of the four counts is 0 (its variance divides by each). Each null has a cause. Throws on an
 * invalid period or K (see {@link outcomeWindows}) and on a malformed month in `counts`.
 */
export function finishOutcome(input: OutcomeInput): OutcomeDetail {
  const k = input.windowMonths ?? DEFAULT_WINDOW_MONTHS;
  const w = outcomeWindows(input.from, input.to, k);
  const byMonth = new Map<number, number>();
  for (const c of input.counts) {
    const m = parseMonth(c.month);
    if (Number.isNaN(m) || !Number.isInteger(c.count) || c.count < 0) throw new Error(`月度计数「${c.month}: ${c.count}」无效：月份须为 YYYY-MM，计数须为不小于 0 的整数`);
    byMonth.set(m, (byMonth.get(m) ?? 0) + c.count);
  }
  const causes: NullCause[] = [];
  const counts = {} as Record<CountFigure, number | null>;
  for (const f of COUNT_FIGURES) {
    const missing = w[f].filter((m) => !byMonth.has(m));
    if (missing.length > 0) {
      counts[f] = null;
      causes.push({ figure: f, code: 'uncovered', months: missing.map(monthIndexToString) });
    } else counts[f] = w[f].reduce((s, m) => s + byMonth.get(m)!, 0);
  }
  const { before, after, beforeLastYear: bly, afterLastYear: aly } = counts;

  const nullOf = (fs: CountFigure[]): CountFigure[] => fs.filter((f) => counts[f] === null);
  const zeroOf = (fs: CountFigure[]): CountFigure[] => fs.filter((f) => counts[f] === 0);

  let change: number | null = null;
  {
    const missing = nullOf(['before', 'after']);
    if (missing.length) causes.push({ figure: 'change', code: 'dependsOn', figures: missing });
    else if (before === 0) causes.push({ figure: 'change', code: 'zero', counts: ['before'] });
    else change = after! / before! - 1;
  }
  let effect: number | null = null;
  let effectCi: [number, number] | null = null;
  {
    const missing = nullOf(['before', 'after', 'beforeLastYear', 'afterLastYear']);
    const divisors = zeroOf(['before', 'beforeLastYear', 'afterLastYear']);
    if (missing.length) {
      causes.push({ figure: 'effect', code: 'dependsOn', figures: missing });
      causes.push({ figure: 'effectCi', code: 'dependsOn', figures: missing });
    } else if (divisors.length) {
      causes.push({ figure: 'effect', code: 'zero', counts: divisors });
      causes.push({ figure: 'effectCi', code: 'zero', counts: divisors });
    } else {
      const r = (after! / before!) / (aly! / bly!);
      effect = r - 1;
      if (after === 0) causes.push({ figure: 'effectCi', code: 'zero', counts: ['after'] });
      else {
        const se = Math.sqrt(1 / after! + 1 / before! + 1 / aly! + 1 / bly!);
        const lr = Math.log(r);
        effectCi = [Math.exp(lr - 1.96 * se) - 1, Math.exp(lr + 1.96 * se) - 1];
      }
    }
  }
  const [r0, r1] = w.range;
  const months: MonthCount[] = [];
  for (let m = r0; m <= r1; m++) if (byMonth.has(m)) months.push({ month: monthIndexToString(m), count: byMonth.get(m)! });
  const nullReasons: Partial<Record<OutcomeFigure, string>> = {};
  for (const c of causes) nullReasons[c.figure] = causeText(c);
  return {
    outcome: {
      selector: input.selector, period: { from: w.from, to: w.to, windowMonths: k }, months,
      before, after, beforeLastYear: bly, afterLastYear: aly, change, effect, effectCi, nullReasons,
    },
    causes, windows: w,
  };
}
