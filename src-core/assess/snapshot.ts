import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { TicketTable } from '../data/table/ticket-table';
import { dictValue } from '../data/table/dict';
import { canonicalJson, sha256Hex } from '../base/rules/versioned';
import type { AssessResult, GroupResult } from './compute';
import type { GroupKey } from './dimensions';
import { RATE_NAMES } from './rates';
import type { AssessRuleSet } from './rules';

/** Figures of one group as published (no intervals: they follow from num/den). */
export type SnapshotRow = {
  parts: string[];
  dispatched: number;
  evaluated: number;
  rates: Record<string, { num: number; den: number; value: number | null }>;
  score: number | null;
  rank: number | null;
  insufficient: boolean;
  ranking: string | null;
};

/** What a published snapshot freezes; `sha256` is the hash of canonicalJson of all other fields. */
export type AssessSnapshot = {
  id?: number;
  title: string;
  at: number;
  by: string;
  period: { from: number; to: number };
  groupBy: GroupKey[];
  ruleSetId: string;
  ruleSetVersion: number;
  ruleSetSha256: string;
  inputSha256: string;
  exemptions: string[];
  total: SnapshotRow;
  rows: SnapshotRow[];
  sha256: string;
};

function rowOf(g: GroupResult): SnapshotRow {
  const rates: SnapshotRow['rates'] = {};
  for (const r of RATE_NAMES) rates[r] = { num: g.rates[r].num, den: g.rates[r].den, value: g.rates[r].value };
  return {
    parts: g.parts, dispatched: g.dispatched, evaluated: g.evaluated, rates, score: g.score,
    rank: g.rank, insufficient: g.insufficient, ranking: g.ranking,
  };
}

/**
 * SHA-256 of the columns assessment reads (ids, times, coded values as text, counts), in row
 * order: equal tables give equal hashes. Hashes about 100 MB for 1M rows, so call it on publish,
 * not per recomputation.
 */
export function tableSha256(table: TicketTable): string {
  const h = sha256.create();
  const enc = new TextEncoder();
  h.update(enc.encode(`rows:${table.n}\n`));
  const chunk = 20_000;
  for (let s = 0; s < table.n; s += chunk) {
    const e = Math.min(table.n, s + chunk);
    h.update(enc.encode(table.text.id.toArray(s, e).join('\n')));
    for (const c of ['acceptedAt', 'dueAt', 'closedAt'] as const) h.update(new Uint8Array(table.time[c].buffer, table.time[c].byteOffset + s * 8, (e - s) * 8));
    h.update(new Uint8Array(table.rejects.buffer, table.rejects.byteOffset + s * 4, (e - s) * 4));
    h.update(new Uint8Array(table.reopens.buffer, table.reopens.byteOffset + s * 4, (e - s) * 4));
  }
  for (const c of ['unit', 'unitType', 'district', 'street', 'category1', 'category2', 'status', 'responded', 'resolved', 'satisfaction', 'exempted', 'addressKey'] as const) {
    const dict = table.dicts[c];
    const codes = table.codes[c];
    for (let s = 0; s < table.n; s += chunk) {
      const e = Math.min(table.n, s + chunk);
      const parts: string[] = new Array(e - s);
      for (let i = s; i < e; i++) parts[i - s] = dictValue(dict, codes[i]!);
      h.update(enc.encode(`${c}:${parts.join('\u0001')}\n`));
    }
  }
  return bytesToHex(h.digest());
}

/** Freezes a result with its rule set version, input hash and time; seals it with a sha256. */
export function makeSnapshot(
  result: AssessResult,
  ruleSet: AssessRuleSet,
  meta: { title: string; by: string; at: number; inputSha256: string; exemptions: readonly string[] },
): AssessSnapshot {
  const body: Omit<AssessSnapshot, 'sha256' | 'id'> = {
    title: meta.title, at: meta.at, by: meta.by,
    period: { from: result.from, to: result.to }, groupBy: [...result.by],
    ruleSetId: ruleSet.id, ruleSetVersion: ruleSet.version, ruleSetSha256: ruleSet.sha256,
    inputSha256: meta.inputSha256, exemptions: [...meta.exemptions].sort(),
    total: rowOf(result.total), rows: result.groups.map(rowOf),
  };
  return { ...body, sha256: sha256Hex(canonicalJson(body)) };
}

/** True when the snapshot's seal matches its content (not edited after publishing). */
export function verifySnapshot(s: AssessSnapshot): boolean {
  const { sha256: seal, id: _id, ...body } = s;
  return sha256Hex(canonicalJson(body)) === seal;
}

export type SnapshotDiff = {
  /** Fields that differ: parts ([] = total), field name, published value, recomputed value. */
  changes: { parts: string[]; field: string; before: unknown; after: unknown }[];
  added: string[][];
  removed: string[][];
  inputChanged: boolean;
  ruleSetChanged: boolean;
  exemptionsChanged: boolean;
  sealValid: boolean;
};

const EPS = 1e-9;
function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= EPS;
  return a === b;
}

function diffRows(a: SnapshotRow, b: SnapshotRow, out: SnapshotDiff['changes']): void {
  for (const f of ['dispatched', 'evaluated', 'score', 'rank', 'insufficient', 'ranking'] as const) {
    if (!same(a[f], b[f])) out.push({ parts: a.parts, field: f, before: a[f], after: b[f] });
  }
  for (const r of RATE_NAMES) {
    for (const f of ['num', 'den', 'value'] as const) {
      const x = a.rates[r]?.[f] ?? null, y = b.rates[r]?.[f] ?? null;
      if (!same(x, y)) out.push({ parts: a.parts, field: `${r}.${f}`, before: x, after: y });
    }
  }
}

/**
 * Recompute-and-compare: differences between a published snapshot and a fresh snapshot of the
 * same period and grouping (made with {@link makeSnapshot} from a recomputation). Empty changes
 * with unchanged hashes mean the publication is reproducible.
 */
export function diffSnapshots(published: AssessSnapshot, fresh: AssessSnapshot): SnapshotDiff {
  const k = (p: readonly string[]): string => p.join('\u0000');
  const now = new Map(fresh.rows.map((r) => [k(r.parts), r]));
  const was = new Map(published.rows.map((r) => [k(r.parts), r]));
  const changes: SnapshotDiff['changes'] = [];
  diffRows(published.total, fresh.total, changes);
  for (const r of published.rows) {
    const f = now.get(k(r.parts));
    if (f) diffRows(r, f, changes);
  }
  return {
    changes,
    added: fresh.rows.filter((r) => !was.has(k(r.parts))).map((r) => r.parts),
    removed: published.rows.filter((r) => !now.has(k(r.parts))).map((r) => r.parts),
    inputChanged: published.inputSha256 !== fresh.inputSha256,
    ruleSetChanged: published.ruleSetSha256 !== fresh.ruleSetSha256,
    exemptionsChanged: k(published.exemptions) !== k(fresh.exemptions),
    sealValid: verifySnapshot(published),
  };
}
