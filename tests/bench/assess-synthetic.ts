/** A synthetic 1M-row TicketTable built straight as columns (no Ticket objects), for benchmarks. */
import { StringColumn } from '@core/data/table/string-column';
import { CODED_COLUMNS, TEXT_COLUMNS, TIME_COLUMNS, type CodedColumn, type TicketTable } from '@core/data/table/ticket-table';
import { encode, newDict } from '@core/data/table/dict';
import { DAY_MS, localToEpoch, monthIndexOf } from '@core/base/time/shanghai';
import { rng } from '../helpers/rng';

export function syntheticTable(n: number, seed = 1): TicketTable {
  const r = rng(seed);
  const dicts = Object.fromEntries(CODED_COLUMNS.map((c) => [c, newDict()])) as TicketTable['dicts'];
  const codes = Object.fromEntries(CODED_COLUMNS.map((c) => [c, new Int32Array(n)])) as TicketTable['codes'];
  const time = Object.fromEntries(TIME_COLUMNS.map((c) => [c, new Float64Array(n).fill(NaN)])) as TicketTable['time'];
  const text = Object.fromEntries(TEXT_COLUMNS.map((c) => [c, new Array<string>(n).fill('')])) as Record<keyof TicketTable['text'], string[]>;
  const fill = (col: CodedColumn, values: string[]): number[] => values.map((v) => encode(dicts[col], v));
  const units = fill('unit', Array.from({ length: 400 }, (_, i) => `单位${i}`));
  const uts = fill('unitType', ['区', '街乡镇', '市级部门', '国有企业']);
  const status = fill('status', ['已办结', '办理中', '已撤销']);
  const resp = fill('responded', ['是', '否']);
  const resv = fill('resolved', ['已解决', '未解决']);
  const sat = fill('satisfaction', ['满意', '基本满意', '不满意']);
  const exm = fill('exempted', ['是', '否']);
  const addrs = fill('addressKey', Array.from({ length: 50_000 }, (_, i) => `地址${i}`));
  const cat2 = fill('category2', Array.from({ length: 60 }, (_, i) => `类${i % 10}/子${i}`));
  const start = localToEpoch(2025, 1, 1);
  const month = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const u = Math.floor(r() * units.length);
    codes.unit[i] = r() < 0.01 ? 0 : units[u]!;
    codes.unitType[i] = uts[u % uts.length]!;
    codes.status[i] = status[r() < 0.8 ? 0 : r() < 0.9 ? 1 : 2]!;
    codes.responded[i] = r() < 0.9 ? resp[r() < 0.95 ? 0 : 1]! : 0;
    codes.resolved[i] = r() < 0.85 ? resv[r() < 0.8 ? 0 : 1]! : 0;
    codes.satisfaction[i] = r() < 0.7 ? sat[Math.floor(r() * 3)]! : 0;
    codes.exempted[i] = r() < 0.02 ? exm[0]! : exm[1]!;
    codes.addressKey[i] = r() < 0.9 ? addrs[Math.floor(r() * addrs.length)]! : 0;
    codes.category2[i] = cat2[Math.floor(r() * cat2.length)]!;
    const acc = start + Math.floor(r() * 365 * DAY_MS);
    time.acceptedAt[i] = acc;
    month[i] = monthIndexOf(acc);
    if (r() < 0.85) time.closedAt[i] = acc + r() * 20 * DAY_MS;
    if (r() < 0.9) time.dueAt[i] = acc + 15 * DAY_MS;
    text.id[i] = `T${i}`;
  }
  const rejects = new Int32Array(n), reopens = new Int32Array(n);
  for (let i = 0; i < n; i++) { rejects[i] = r() < 0.05 ? 1 : 0; reopens[i] = r() < 0.03 ? 1 : 0; }
  return {
    n, text: Object.fromEntries(TEXT_COLUMNS.map((c) => [c, StringColumn.from(text[c])])) as TicketTable['text'], time, codes, dicts, month, rejects, reopens, pingPong: new Uint8Array(n),
    dispatchSeq: [], hasEvents: false, extra: {},
  };
}
