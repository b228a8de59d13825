import type { TicketTable } from '../data/table/ticket-table';
import { exemptMask, rowCodes, type AssessParams } from './compute';
import { dimensionOf } from './dimensions';
import { RATE_INDEX, type RateName } from './rates';
import { recurrenceFlags } from './recurrence';

/** What a drill-down can ask for: a rate, or the dispatched / evaluated counts. */
export type Measure = RateName | 'dispatched' | 'evaluated';

/** Rows (indices into the table) and ticket ids behind one figure. */
export type Explanation = { numerator: number[]; denominator: number[]; numeratorIds: string[]; denominatorIds: string[] };

/**
 * The tickets behind one figure of {@link assess}: for the group whose key values are `parts`
 * (in the order of params.by; [] = the total) and a measure, the rows counted in the numerator
 * and in the denominator. For dispatched/evaluated both lists are the counted rows.
 * Written row by row (it runs on one group), but with the same definitions as the counting pass;
 * a test checks that the counts agree.
 */
export function explain(table: TicketTable, params: AssessParams, parts: readonly string[], measure: Measure): Explanation {
  const { from, to, by, rules } = params;
  const dims = parts.length === 0 ? [] : by.map((k) => dimensionOf(table, k, from, to));
  const want = dims.map((d, j) => {
    for (let c = 0; c < d.size; c++) if (d.label(c) === parts[j]) return c;
    return -2;
  });
  const rc = rowCodes(table, rules);
  const mask = exemptMask(table, params.exemptIds);
  const recur = recurrenceFlags(table, rules.recurrenceDays);
  const { codes, time } = table;
  const num: number[] = [], den: number[] = [];
  for (let i = 0; i < table.n; i++) {
    const t = time.acceptedAt[i]!;
    if (!(t >= from && t < to)) continue;
    if (codes.unit[i] === 0 || codes.status[i] === rc.cancelled) continue;
    let match = true;
    for (let j = 0; j < dims.length; j++) if (dims[j]!.codes[i]! - dims[j]!.offset !== want[j]) { match = false; break; }
    if (!match) continue;
    const ev = !(codes.exempted[i] === rc.exemptYes || (mask !== null && mask[i] === 1));
    if (measure === 'dispatched' || measure === 'evaluated') {
      if (measure === 'dispatched' || ev) { num.push(i); den.push(i); }
      continue;
    }
    if (rc.evalBase[RATE_INDEX[measure]] === 1 && !ev) continue;
    const cl = time.closedAt[i]!, du = time.dueAt[i]!;
    const closed = !Number.isNaN(cl);
    let inDen = false, inNum = false;
    switch (measure) {
      case 'responseRate': inDen = codes.responded[i] !== 0; inNum = codes.responded[i] === rc.respYes; break;
      case 'resolutionRate': inDen = codes.resolved[i] !== 0; inNum = codes.resolved[i] === rc.resolvedYes; break;
      case 'satisfactionRate': inDen = codes.satisfaction[i] !== 0; inNum = rc.satisfied[codes.satisfaction[i]!] === 1; break;
      case 'closureRate': inDen = true; inNum = closed; break;
      case 'onTimeRate': inDen = closed && !Number.isNaN(du); inNum = inDen && cl <= du; break;
      case 'rejectRate': inDen = true; inNum = table.rejects[i]! >= 1; break;
      case 'reopenRate': inDen = closed; inNum = table.reopens[i]! >= 1; break;
      case 'recurrenceRate': inDen = closed && codes.addressKey[i] !== 0; inNum = recur[i] === 1; break;
    }
    if (inDen) { den.push(i); if (inNum) num.push(i); }
  }
  const ids = table.text.id;
  return { numerator: num, denominator: den, numeratorIds: num.map((r) => ids.get(r)), denominatorIds: den.map((r) => ids.get(r)) };
}
