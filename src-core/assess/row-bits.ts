import type { TicketTable } from '../data/table/ticket-table';
import { RATE_NAMES } from './rates';
import { recurrenceFlags } from './recurrence';
import type { AssessRules } from './rules';

/** Bit 2k: row is in the numerator of rate k; bit 2k + 1: in its denominator (before bases). */
export const DISPATCHED_BIT = 1 << 16;
/** The file says 是否核减 = 是. */
export const FILE_EXEMPT_BIT = 1 << 17;

const cache = new WeakMap<TicketTable, Map<string, Uint32Array>>();

/**
 * Per row, which rate numerators and denominators it belongs to, whether it is dispatched, and
 * whether the file exempts it: everything that does not depend on the period, the grouping, the
 * rate bases or the exemption overrides. One pass; cached per table and (satisfied values,
 * recurrence window), so repeated assessments (other periods, groupings, 环比/同比) only add
 * bits up. Rates whose base is `evaluated` are masked per row in the counting loop.
 */
export function rowBits(table: TicketTable, rules: AssessRules): Uint32Array {
  const key = `${[...rules.satisfiedValues].sort().join(',')}|${rules.recurrenceDays}`;
  let byKey = cache.get(table);
  if (!byKey) cache.set(table, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit) return hit;

  const n = table.n;
  const { codes, time } = table;
  const code = (col: 'status' | 'exempted' | 'responded' | 'resolved', v: string): number => table.dicts[col].index.get(v) ?? -1;
  const cancelled = code('status', '已撤销'), exemptYes = code('exempted', '是');
  const respYes = code('responded', '是'), resolvedYes = code('resolved', '已解决');
  const satDict = table.dicts.satisfaction;
  const satisfied = new Uint8Array(satDict.values.length);
  for (const v of rules.satisfiedValues) {
    const c = satDict.index.get(v);
    if (c !== undefined) satisfied[c] = 1;
  }
  const recur = recurrenceFlags(table, rules.recurrenceDays);
  const unit = codes.unit, status = codes.status, exempted = codes.exempted;
  const responded = codes.responded, resolved = codes.resolved, satisfaction = codes.satisfaction, addr = codes.addressKey;
  const closedAt = time.closedAt, dueAt = time.dueAt, rejects = table.rejects, reopens = table.reopens;
  const bits = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    if (unit[i] === 0 || status[i] === cancelled) continue;
    let f = DISPATCHED_BIT;
    if (exempted[i] === exemptYes) f |= FILE_EXEMPT_BIT;
    const r = responded[i]!;
    if (r !== 0) f |= r === respYes ? 0b11 : 0b10;
    const rs = resolved[i]!;
    if (rs !== 0) f |= rs === resolvedYes ? 0b1100 : 0b1000;
    const s = satisfaction[i]!;
    if (s !== 0) f |= satisfied[s] === 1 ? 0b110000 : 0b100000;
    const cl = closedAt[i]!;
    const closed = cl === cl;
    f |= closed ? 0b11 << 6 : 0b10 << 6;
    const du = dueAt[i]!;
    if (closed && du === du) f |= cl <= du ? 0b11 << 8 : 0b10 << 8;
    f |= rejects[i]! >= 1 ? 0b11 << 10 : 0b10 << 10;
    if (closed) {
      f |= reopens[i]! >= 1 ? 0b11 << 12 : 0b10 << 12;
      if (addr[i] !== 0) f |= recur[i] === 1 ? 0b11 << 14 : 0b10 << 14;
    }
    bits[i] = f;
  }
  byKey.set(key, bits);
  return bits;
}

/** Bits of the rates whose base is `evaluated`: cleared on rows that are not evaluated. */
export function evaluatedOnlyMask(rules: AssessRules): number {
  let m = 0;
  RATE_NAMES.forEach((r, k) => { if (rules.bases[r] === 'evaluated') m |= 0b11 << (2 * k); });
  return m;
}
