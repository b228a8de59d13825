import { DEFAULT_RULES, type AssessRules } from '@core/assess/rules';
import { BUILTIN_CALENDAR } from '@core/base/calendar/builtin';
import type { CalendarYear } from '@core/base/calendar/types';
import { workCalendar } from '@core/base/calendar/working-days';
import { monthIndexOf, monthIndexToString } from '@core/base/time/month-index';
import type { Campaign, CampaignTask, ProgressReport } from '@core/campaigns/campaign';
import { finishOutcome, type CampaignOutcome, type MonthCount, type NullCause } from '@core/campaigns/outcome';
import { coveredMonthCounts, problemMonthCounts } from '@core/campaigns/outcome-count';
import { campaignScorecard, type ScorecardRow } from '@core/campaigns/scorecard';
import { scorecardRates } from '@core/campaigns/scorecard-rates';
import { parseSelector, type ProblemSelector } from '@core/campaigns/selector';
import { compileSelector, forEachMatch, type CompiledSelector } from '@core/campaigns/selector-match';
import { selectorWarnings, type SelectorWarning } from '@core/campaigns/selector-warnings';
import type { Whistle } from '@core/campaigns/whistle';
import {
  DEFAULT_WHISTLE_BAND, reportInRates, streetDispatchedByMonth, streetMonthTable, streetWhistleRates, validateBand,
  type StreetMonthCell, type StreetWhistleRate, type UnitReportInRate, type WhistleBand,
} from '@core/campaigns/whistle-stats';
import { dictValue } from '@core/data/table/dict';
import { maskTicketField } from '@core/data/masking';
import type { TicketTable } from '@core/data/table/ticket-table';
import { tableSha256 } from '@core/assess/snapshot';
import { demoCampaigns, type DemoCampaignData } from '@core/demo/campaigns';
import { demoWhistles } from '@core/demo/whistles';

/**
 * What the 专项行动 and 吹哨报到 pages ask the engine worker (`getEngine().run('campaign', req)`).
 * Selectors are passed as data (JSON objects) and parsed here exactly as the CLI parses a
 * selector file; an invalid one gives `{ ok: false, reason }` in preview and an error elsewhere.
 */
export type CampaignRequest =
  /** Live preview while a selector is edited: matches per covered month, a few masked samples, warnings. */
  | { op: 'preview'; selector: unknown; samples?: number }
  /** The §8 outcome of one selector — `outcome` is exactly what `campaign-outcome --format json` prints. */
  | { op: 'outcome'; selector: unknown; from: string; to: string; windowMonths?: number }
  /** Ids of a selector's tickets accepted in [from, to) (epoch ms, whole table when absent) for drill-down. */
  | { op: 'matchIds'; selector: unknown; from?: number; to?: number }
  /** The per-unit scorecard as of local day `today`, with each unit's 三率 on the problems' tickets. */
  | { op: 'scorecard'; campaign: Campaign; tasks: CampaignTask[]; reports: ProgressReport[]; today: string; calendar?: CalendarYear[]; rules?: AssessRules }
  /** 吹哨率 per street (with the band), on-time report-in rate per unit, and the street × month table over [from, to). */
  | { op: 'whistleStats'; whistles: Whistle[]; from: number; to: number; band?: WhistleBand }
  /**
   * The demo city's campaigns (tasks, reports, timelines, evidence bytes) and whistles for the demo
   * just loaded with the same options: the finished campaign's evaluation is computed from the
   * engine's tickets. Store the result in the campaign tables and evidence store.
   */
  | { op: 'demo'; tickets: number; seed: number; months?: number; end?: string }
  /** SHA-256 of the loaded tickets (as the assessment's snapshots record it), for an evaluation's `inputSha256`. */
  | { op: 'inputSha256' };

/** The demo data of op `demo`. */
export type DemoResponse = DemoCampaignData & { whistles: Whistle[] };

/** A matching ticket as the grid shows it (personal data masked). */
export type PreviewSample = {
  id: string; acceptedAt: number; kind: string; category: string; district: string; street: string;
  unit: string; status: string; content: string; address: string;
};

export type PreviewResponse =
  | { ok: false; reason: string }
  | {
    ok: true;
    selector: ProblemSelector;
    warnings: SelectorWarning[];
    /** Matching (dispatched) tickets in the whole table. */
    total: number;
    /** Every covered month of the table with its matching count (0 included). */
    months: MonthCount[];
    /** The most recent matches, newest first, masked. */
    samples: PreviewSample[];
  };

/** The outcome with what the panel needs beside the JSON: causes of nulls as data, windows as months. */
export type OutcomeResponse = {
  outcome: CampaignOutcome;
  causes: NullCause[];
  windows: { before: string[]; after: string[]; beforeLastYear: string[]; afterLastYear: string[]; campaign: string[]; range: [string, string] };
  warnings: SelectorWarning[];
};

export type WhistleStatsResponse = {
  band: WhistleBand;
  streets: StreetWhistleRate[];
  units: UnitReportInRate[];
  streetMonths: { months: string[]; rows: { street: string; cells: StreetMonthCell[]; total: StreetMonthCell }[] };
};

function selectorOf(raw: unknown): ProblemSelector {
  const r = parseSelector(raw);
  if (!r.ok) throw new Error(r.reason);
  return r.selector;
}

const value = (t: TicketTable, col: keyof TicketTable['codes'], r: number): string => dictValue(t.dicts[col], t.codes[col][r]!);

function sampleOf(t: TicketTable, r: number): PreviewSample {
  return {
    id: t.text.id.get(r), acceptedAt: t.time.acceptedAt[r]!, kind: value(t, 'kind', r), category: value(t, 'category', r),
    district: value(t, 'district', r), street: value(t, 'street', r), unit: value(t, 'unit', r), status: value(t, 'status', r),
    content: maskTicketField('content', t.text.content.get(r)), address: maskTicketField('address', t.text.address.get(r)),
  };
}

/** One pass: counts per covered month (outcome step a) and the `k` newest matching rows. */
function preview(table: TicketTable, cs: CompiledSelector, k: number): { counts: MonthCount[]; newest: number[]; total: number } {
  const acc = table.time.acceptedAt;
  const newest: number[] = [];
  let total = 0;
  const month = table.month;
  const byMonth = new Map<number, number>();
  forEachMatch(cs, (i) => {
    total++;
    byMonth.set(month[i]!, (byMonth.get(month[i]!) ?? 0) + 1);
    if (k === 0) return;
    const t = acc[i]!;
    if (newest.length === k && acc[newest[k - 1]!]! >= t) return;
    let j = newest.length < k ? newest.length : k - 1;
    newest[j] = i;
    while (j > 0 && acc[newest[j - 1]!]! < t) { newest[j] = newest[j - 1]!; newest[j - 1] = i; j--; }
  });
  // Covered months with their counts (0 where nothing matched), as step (a) of the outcome gives them.
  return { counts: coveredMonthCounts(table, (m) => byMonth.get(m) ?? 0), newest, total };
}

function outcome(table: TicketTable, req: Extract<CampaignRequest, { op: 'outcome' }>): OutcomeResponse {
  const selector = selectorOf(req.selector);
  const counts = problemMonthCounts(table, compileSelector(table, selector));
  const d = finishOutcome({ selector, from: req.from, to: req.to, windowMonths: req.windowMonths, counts });
  const s = (ms: number[]): string[] => ms.map(monthIndexToString);
  const w = d.windows;
  return {
    outcome: d.outcome, causes: d.causes, warnings: selectorWarnings(table, selector),
    windows: { before: s(w.before), after: s(w.after), beforeLastYear: s(w.beforeLastYear), afterLastYear: s(w.afterLastYear), campaign: s(w.campaign), range: [monthIndexToString(w.range[0]), monthIndexToString(w.range[1])] },
  };
}

function whistleStats(table: TicketTable, req: Extract<CampaignRequest, { op: 'whistleStats' }>): WhistleStatsResponse {
  const band = req.band ?? DEFAULT_WHISTLE_BAND;
  const bad = validateBand(band);
  if (bad.length) throw new Error(bad[0]);
  if (!(req.to > req.from)) throw new Error('统计期结束须晚于开始');
  const m0 = monthIndexOf(req.from), m1 = monthIndexOf(req.to - 1);
  const counts = streetDispatchedByMonth(table, m0, m1);
  return {
    band,
    streets: streetWhistleRates(req.whistles, counts, req.from, req.to, band),
    units: reportInRates(req.whistles, req.from, req.to),
    streetMonths: streetMonthTable(req.whistles, counts, m0, m1, band),
  };
}

/** The engine computation `campaign` (see {@link CampaignRequest}). */
export function campaignComputation(table: TicketTable, params: unknown): PreviewResponse | OutcomeResponse | string[] | string | ScorecardRow[] | WhistleStatsResponse | DemoResponse {
  const req = params as CampaignRequest;
  switch (req.op) {
    case 'preview': {
      const r = parseSelector(req.selector);
      if (!r.ok) return { ok: false, reason: r.reason };
      const cs = compileSelector(table, r.selector);
      const k = Math.max(0, Math.min(50, Math.floor(req.samples ?? 10)));
      const p = preview(table, cs, k);
      return { ok: true, selector: r.selector, warnings: selectorWarnings(table, r.selector), total: p.total, months: p.counts, samples: p.newest.map((i) => sampleOf(table, i)) };
    }
    case 'outcome': return outcome(table, req);
    case 'matchIds': {
      const cs = compileSelector(table, selectorOf(req.selector));
      const ids: string[] = [];
      forEachMatch(cs, (i) => { ids.push(table.text.id.get(i)); }, req.from ?? -Infinity, req.to ?? Infinity);
      return ids;
    }
    case 'scorecard': {
      const cal = workCalendar([...BUILTIN_CALENDAR, ...(req.calendar ?? [])]);
      return campaignScorecard(cal, req.campaign, req.tasks, req.reports, req.today, scorecardRates(table, req.campaign, req.rules ?? DEFAULT_RULES));
    }
    case 'whistleStats': return whistleStats(table, req);
    case 'demo': {
      const data = demoCampaigns({ end: req.end }, { countsOf: (sel) => problemMonthCounts(table, compileSelector(table, sel)), inputSha256: tableSha256(table) });
      return { ...data, whistles: demoWhistles(req) } satisfies DemoResponse;
    }
    case 'inputSha256': return tableSha256(table);
    default: throw new Error('未知的专项行动计算请求');
  }
}
