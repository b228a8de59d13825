import { dictValue } from '@core/data/table/dict';
import { CODED_COLUMNS, TEXT_COLUMNS, TIME_COLUMNS } from '@core/data/table/ticket-table';
import type { StoreTable } from '@core/data/store/store-table';
import { monthIndexToString } from '@core/base/time/shanghai';
import type { GridRow } from './api';

/**
 * Row `row` of the table as a display row: every ticket field (times as epoch ms, null when
 * empty), the derived category levels, month, rejects and reopens, and extra fields as
 * `extra:<header as written>`.
 */
export function gridRowAt(t: StoreTable, row: number): GridRow {
  const r: GridRow = { __row: row };
  for (const c of TEXT_COLUMNS) r[c] = t.text[c].get(row);
  for (const c of TIME_COLUMNS) {
    const v = t.time[c][row]!;
    r[c] = Number.isNaN(v) ? null : v;
  }
  for (const c of CODED_COLUMNS) r[c] = dictValue(t.dicts[c], t.codes[c][row]!);
  r.month = monthIndexToString(t.month[row]!);
  r.rejects = t.rejects[row]!;
  r.reopens = t.reopens[row]!;
  const rc = t.rejectCount[row]!, ro = t.reopenCount[row]!;
  r.rejectCount = Number.isNaN(rc) ? null : rc;
  r.reopenCount = Number.isNaN(ro) ? null : ro;
  for (const k of Object.keys(t.extra)) r[`extra:${k}`] = t.extra[k]![row] ?? '';
  return r;
}
