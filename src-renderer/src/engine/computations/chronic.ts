import type { StringLookup } from '@core/data/table/string-column';
import { dictSize, dictValue } from '@core/data/table/dict';
import { ChronicIndex } from '@core/chronic/chronic-index';
import { explainCase, explainFlag } from '@core/chronic/explain';
import { CHRONIC_V1, type CaseRuleId, type ChronicRuleId, type ChronicRuleSet, type FlagRuleId } from '@core/chronic/rule-set';
import { unitSignals, type UnitSignals } from '@core/chronic/unit-signals';
import { needsReview } from '@core/cases/review';
import type { ChronicDetection, ChronicProgress, DetectedCase } from '@core/chronic/types';
import type { TicketTable } from '@core/data/table/ticket-table';
import type { ProgressReport } from './index';
import { formatLocal } from '@core/base/time/shanghai';

/** What the 疑难件 pages ask the engine worker. */
export type ChronicRequest =
  | { op: 'detect'; asOf: string; ruleSet?: ChronicRuleSet }
  /** What editing the thresholds changes: detections under `base` and under `draft`, rule by rule. */
  | { op: 'compare'; asOf: string; base: ChronicRuleSet; draft: ChronicRuleSet }
  | { op: 'reviewQueue' }
  | { op: 'signals' }
  | { op: 'tickets'; ids: string[] }
  | { op: 'observe'; ids: string[]; from: number; to: number };

export type DetectionCase = {
  rule: CaseRuleId; key: string; tickets: string[]; firstAt: string; lastAt: string; explain: string[];
  /** Most frequent unit, category level 2 and district/street of the tickets, to prefill 立案. */
  unit: string; category: string; place: string;
};
export type DetectionFlag = { ticket: string; rules: FlagRuleId[]; explain: string[]; unit: string; category: string; place: string };
export type DetectResponse = {
  asOf: string; ruleSet: { id: string; version: number; sha256: string }; visible: number; cases: DetectionCase[]; flags: DetectionFlag[];
  /** How the engine answered (see {@link DetectPath}). */
  path: DetectPath;
};

export type ReviewCandidate = { ticket: string; trigger: '不满意' | '未解决'; unit: string; category: string; acceptedAt: number; closedAt: number | null; street: string };
export type CaseTicket = { id: string; acceptedAt: number; closedAt: number | null; unit: string; status: string; district: string; street: string; category: string; address: string };

const value = (t: TicketTable, col: keyof TicketTable['codes'], r: number): string => dictValue(t.dicts[col], t.codes[col][r]!);

function mostFrequent(values: string[]): string {
  const c = new Map<string, number>();
  for (const v of values) if (v) c.set(v, (c.get(v) ?? 0) + 1);
  let best = '', n = 0;
  for (const [v, k] of c) if (k > n || (k === n && v < best)) { best = v; n = k; }
  return best;
}

const place = (t: TicketTable, r: number): string => [value(t, 'district', r), value(t, 'street', r)].filter(Boolean).join('/');

/**
 * How a detection was answered: 'cached' (same table, the index only took newly visible days),
 * 'incremental' (the table extends the indexed one: only the appended tickets were checked
 * against the store) or 'full' (the index was built afresh).
 */
export type DetectPath = 'cached' | 'incremental' | 'full';

// The worker keeps the last index: a re-run on the same table is free, a later day only adds the
// newly visible tickets, and after an import that only appended tickets (TableBuilder copies the
// old rows and dictionaries, then appends) only the new tickets are checked. Anything else — an
// import that changed a stored ticket the index read, an earlier date, other rules — rebuilds.
let cache: { table: TicketTable; sha: string; index: ChronicIndex; asOf: string; shown: WeakMap<DetectedCase, DetectionCase> } | null = null;

const sameTyped = (a: Float64Array | Int32Array, b: Float64Array | Int32Array, n: number): boolean => {
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
};
const sameText = (a: readonly string[], b: readonly string[], n: number): boolean => {
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
};

/**
 * Coded columns whose codes and dictionary values the index keeps derived state for between
 * updates, plus the unit (the cached display rows of unchanged cases show the most frequent one).
 */
const INDEXED_CODES = ['addressKey', 'phoneKey', 'category1', 'category2', 'street', 'district', 'unit'] as const;

/**
 * True when `next` extends `prev` as ChronicIndex.update requires: at least as many rows, the
 * first `prev.n` rows unchanged in every column the index keeps derived state for (id, accepted
 * time, content, address, phone and the coded keys), and each of those dictionaries starting with
 * the old values. Linear in the rows (a few ms per million); false means "rebuild", never an error.
 */
export function tableExtends(prev: TicketTable, next: TicketTable): boolean {
  const n = prev.n;
  if (next.n < n) return false;
  for (const c of INDEXED_CODES) {
    const da = prev.dicts[c], db = next.dicts[c];
    if (dictSize(db) < dictSize(da)) return false;
    // A dictionary worked out from the rows (address and phone keys) means the same for the old
    // codes when the old rows' codes and text are unchanged, which is checked below.
    if (da.valueAt && db.valueAt) continue;
    if (!sameText(da.values, db.values, da.values.length)) return false;
  }
  if (!sameTyped(prev.time.acceptedAt, next.time.acceptedAt, n)) return false;
  for (const c of INDEXED_CODES) if (!sameTyped(prev.codes[c], next.codes[c], n)) return false;
  return prev.text.id.samePrefix(next.text.id, n) && prev.text.content.samePrefix(next.text.content, n)
    && prev.text.address.samePrefix(next.text.address, n) && prev.text.callerPhone.samePrefix(next.text.callerPhone, n);
}

/**
 * The case with its R6 links in ticket-id order (the smaller id first in each link): the index
 * keeps them in the order and direction it found them, which differs between a full build and an incremental update, and the evidence shown
 * (and stored with a case opened from it) should not depend on how the engine got there.
 */
function withSortedLinks(c: DetectedCase, ids: StringLookup): DetectedCase {
  if (c.evidence.rule !== 'R6') return c;
  const links = c.evidence.links.map((l) => (cmpIds(ids.get(l.a), ids.get(l.b)) <= 0 ? l : { ...l, a: l.b, b: l.a }))
    .sort((x, y) => cmpIds(ids.get(x.a), ids.get(y.a)) || cmpIds(ids.get(x.b), ids.get(y.b)));
  return { ...c, evidence: { ...c.evidence, links } };
}

const cmpIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function detect(table: TicketTable, asOf: string, rs: ChronicRuleSet, progress?: ProgressReport): DetectResponse {
  const onProgress = progress ? (p: ChronicProgress): void => progress(p.phase, p.done, p.total) : undefined;
  let index: ChronicIndex;
  let path: DetectPath;
  // Display rows of cases the index kept as they were (same object): a case depends only on its
  // rows' indexed columns, which an extending table leaves unchanged, so it is not shown anew.
  let shown = new WeakMap<DetectedCase, DetectionCase>();
  if (cache && cache.sha === rs.sha256 && asOf >= cache.asOf && (cache.table === table || tableExtends(cache.table, table))) {
    index = cache.index;
    path = cache.table === table ? 'cached' : 'incremental';
    shown = cache.shown;
    index.update(table, asOf, onProgress);
  } else {
    // Drop the old index first so its memory can be reclaimed while the new one is built.
    cache = null;
    index = new ChronicIndex(table, rs, asOf, onProgress);
    path = 'full';
  }
  cache = { table, sha: rs.sha256, index, asOf, shown };
  const d = index.detection(onProgress);
  const ids = table.text.id;
  const cases = d.cases.map((c): DetectionCase => {
    let out = shown.get(c);
    if (!out) {
      out = {
        rule: c.rule, key: c.key, tickets: c.rows.map((r) => ids.get(r)).sort(), firstAt: formatLocal(c.firstAt), lastAt: formatLocal(c.lastAt),
        explain: explainCase(table, withSortedLinks(c, ids), rs.body),
        unit: mostFrequent(c.rows.map((r) => value(table, 'unit', r))),
        category: mostFrequent(c.rows.map((r) => value(table, 'category2', r))),
        place: mostFrequent(c.rows.map((r) => place(table, r))),
      };
      shown.set(c, out);
    }
    return out;
  });
  const flags = d.flags.map((f): DetectionFlag => ({
    ticket: ids.get(f.row), rules: f.rules, explain: explainFlag(table, f, rs.body),
    unit: value(table, 'unit', f.row), category: value(table, 'category2', f.row), place: place(table, f.row),
  }));
  return { asOf: d.asOf, ruleSet: d.ruleSet, visible: d.visible, cases, flags, path };
}

/** Per rule: detections (cases of R1/R2/R6, flagged tickets of R3–R5) before and after, and which appear or vanish. */
export type RuleChange = { rule: ChronicRuleId; before: number; after: number; gained: number; lost: number; gainedSamples: string[]; lostSamples: string[] };
export type CompareResponse = { asOf: string; visible: number; rules: RuleChange[] };

const ALL_RULES: readonly ChronicRuleId[] = ['R1', 'R2', 'R3', 'R4', 'R5', 'R6'];

/** Each detection as `rule → keys`: a case by its sorted ticket ids, a flag by its ticket. */
function detectionKeys(table: TicketTable, d: ChronicDetection): Map<ChronicRuleId, Set<string>> {
  const out = new Map<ChronicRuleId, Set<string>>(ALL_RULES.map((r) => [r, new Set<string>()]));
  const ids = table.text.id;
  for (const c of d.cases) out.get(c.rule)!.add(c.rows.map((r) => ids.get(r)).sort().join(','));
  for (const f of d.flags) for (const r of f.rules) out.get(r)!.add(ids.get(f.row));
  return out;
}

/**
 * The threshold preview: the detection as the page shows it (`base`, from the cached index) and
 * under the edited rules, compared rule by rule. The edited rules get an index of their own,
 * so the page's cached index stays as it is.
 */
function compare(table: TicketTable, asOf: string, base: ChronicRuleSet, draft: ChronicRuleSet, progress?: ProgressReport): CompareResponse {
  const onProgress = progress ? (p: ChronicProgress): void => progress(p.phase, p.done, p.total) : undefined;
  detect(table, asOf, base, progress);
  const before = cache!.index.detection();
  const after = draft.sha256 === base.sha256 ? before : new ChronicIndex(table, draft, asOf, onProgress).detection(onProgress);
  const a = detectionKeys(table, before), b = detectionKeys(table, after);
  const rules = ALL_RULES.map((rule): RuleChange => {
    const x = a.get(rule)!, y = b.get(rule)!;
    const gained = [...y].filter((k) => !x.has(k)), lost = [...x].filter((k) => !y.has(k));
    return { rule, before: x.size, after: y.size, gained: gained.length, lost: lost.length, gainedSamples: gained.slice(0, 5), lostSamples: lost.slice(0, 5) };
  });
  return { asOf: before.asOf, visible: before.visible, rules };
}

function rowsOf(table: TicketTable, ids: string[]): number[] {
  const want = new Set(ids);
  const out: number[] = [];
  for (let r = 0; r < table.n; r++) if (want.has(table.text.id.get(r))) out.push(r);
  return out;
}

function caseTicket(t: TicketTable, r: number): CaseTicket {
  const closed = t.time.closedAt[r]!;
  return {
    id: t.text.id.get(r), acceptedAt: t.time.acceptedAt[r]!, closedAt: Number.isNaN(closed) ? null : closed, unit: value(t, 'unit', r),
    status: value(t, 'status', r), district: value(t, 'district', r), street: value(t, 'street', r), category: value(t, 'category', r), address: t.text.address.get(r),
  };
}

/**
 * New tickets on a case's problem for the 销号 check: accepted in [from, to), not in the case,
 * and sharing an address key + category level 2, or a phone key + category level 1, with a case ticket.
 */
function observe(t: TicketTable, ids: string[], from: number, to: number): CaseTicket[] {
  const rows = rowsOf(t, ids);
  const inCase = new Set(ids);
  const addr = new Set(rows.filter((r) => t.codes.addressKey[r] !== 0 && t.codes.category2[r] !== 0).map((r) => `${t.codes.addressKey[r]}|${t.codes.category2[r]}`));
  const phone = new Set(rows.filter((r) => t.codes.phoneKey[r] !== 0 && t.codes.category1[r] !== 0).map((r) => `${t.codes.phoneKey[r]}|${t.codes.category1[r]}`));
  const out: CaseTicket[] = [];
  for (let r = 0; r < t.n; r++) {
    const at = t.time.acceptedAt[r]!;
    if (at < from || at >= to || inCase.has(t.text.id.get(r))) continue;
    if (addr.has(`${t.codes.addressKey[r]}|${t.codes.category2[r]}`) || phone.has(`${t.codes.phoneKey[r]}|${t.codes.category1[r]}`)) out.push(caseTicket(t, r));
  }
  return out;
}

function reviewQueue(t: TicketTable): ReviewCandidate[] {
  const out: ReviewCandidate[] = [];
  for (let r = 0; r < t.n; r++) {
    const trigger = needsReview({ satisfaction: value(t, 'satisfaction', r), resolved: value(t, 'resolved', r) });
    if (!trigger) continue;
    const closed = t.time.closedAt[r]!;
    out.push({ ticket: t.text.id.get(r), trigger, unit: value(t, 'unit', r), category: value(t, 'category2', r), acceptedAt: t.time.acceptedAt[r]!, closedAt: Number.isNaN(closed) ? null : closed, street: place(t, r) });
  }
  return out.sort((a, b) => b.acceptedAt - a.acceptedAt);
}

/** The engine computation 'chronic'; `progress` receives the ChronicIndex phases (named for the page in features/chronic/labels.ts) during 'detect'. */
export function chronicComputation(table: TicketTable, params: unknown, progress?: ProgressReport): DetectResponse | CompareResponse | ReviewCandidate[] | UnitSignals[] | CaseTicket[] {
  const p = params as ChronicRequest;
  switch (p.op) {
    case 'detect': return detect(table, p.asOf, p.ruleSet ?? CHRONIC_V1, progress);
    case 'compare': return compare(table, p.asOf, p.base, p.draft, progress);
    case 'reviewQueue': return reviewQueue(table);
    case 'signals': return unitSignals(table, null);
    case 'tickets': return rowsOf(table, p.ids).map((r) => caseTicket(table, r)).sort((a, b) => a.acceptedAt - b.acceptedAt);
    case 'observe': return observe(table, p.ids, p.from, p.to);
    default: throw new Error('未知的疑难件计算请求');
  }
}
