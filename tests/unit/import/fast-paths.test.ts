/**
 * The importer's fast paths against the general code they shortcut: the sorted-id duplicate
 * set against a plain Set, cell trimming against String.prototype.trim, enum reading of exact
 * values against the normalizing path, and whole files whose ids come sorted, reversed or
 * shuffled against a reference that keeps the first row of each id.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { cellText, EnumReader, restorePhone } from '@core/data/import/cell-values';
import { SeenIds } from '@core/data/import/seen-ids';
import { KINDS, RESOLVED, RESPONDED, SATISFACTIONS, STATUSES, UNIT_TYPES, URGENCIES } from '@core/data/tickets/ticket';
import { csv, enc, rng, run } from './helpers';

/** Feeds ids to a SeenIds and a Set side by side; every answer and the size must agree. */
function agree(ids: readonly string[]): void {
  const fast = new SeenIds(), ref = new Set<string>();
  ids.forEach((id, i) => {
    const isNew = !ref.has(id);
    ref.add(id);
    expect(fast.add(id), `id ${JSON.stringify(id)} at ${i}`).toBe(isNew);
  });
  expect(fast.size).toBe(ref.size);
}

describe('SeenIds', () => {
  it('agrees with a Set on sorted, reversed, shuffled and partly sorted ids, with repeats', () => {
    const r = rng(7);
    const base = Array.from({ length: 3000 }, (_, i) => `GD2024${String(i * 7).padStart(8, '0')}`);
    const shuffled = base.map((x) => ({ x, k: r() })).sort((a, b) => a.k - b.k).map((o) => o.x);
    const withRepeats = (xs: string[]): string[] => xs.flatMap((x) => (r() < 0.05 ? [x, xs[Math.floor(r() * xs.length)]!] : [x]));
    agree(base);
    agree([...base].reverse());
    agree(withRepeats(base));
    agree(withRepeats([...base].reverse()));
    // Shuffled: more than 1024 out-of-order ids, so it moves everything into one hash set midway.
    agree(withRepeats(shuffled));
    // Sorted with a few ids out of place and every id given twice at the end.
    const nearly = base.map((x, i) => (i % 97 === 0 ? base[(i * 31) % base.length]! : x));
    agree([...nearly, ...base]);
  });

  it('agrees with a Set on arbitrary strings (property)', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.string({ maxLength: 3 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 300 }), (ids) => {
      agree(ids);
      agree([...ids].sort());
      agree([...ids].sort().reverse());
    }), { numRuns: 300 });
  });

  it('treats a first repeated id as a duplicate before the order is known', () => {
    const s = new SeenIds();
    expect([s.add('B'), s.add('B'), s.add('A'), s.add('B'), s.add('C'), s.add('A')]).toEqual([true, false, true, false, true, false]);
  });
});

describe('cell fast paths', () => {
  it('cellText trims exactly as String.prototype.trim for every UTF-16 code unit at either end', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `${ch}中x`, `中x${ch}`, `${ch}中${ch}`]) {
        if (cellText(s) !== s.trim()) expect(`U+${c.toString(16)} in ${JSON.stringify(s)}`).toBe('trimmed as trim() does');
      }
    }
    expect(cellText('')).toBe('');
    expect(cellText(12.5)).toBe('12.5');
  });

  it('EnumReader gives the same value on its exact-match path and its normalizing path', () => {
    const values = ['已办结', '办理中', 'Ａ', ' x'];
    const e = new EnumReader(values, { 完成: '已办结' });
    // 'Ａ' and ' x' are not NFKC- and trim-stable, so they never match as written.
    const raw = ['已办结', ' 已办结', '已办结\u3000', '办理中', 'Ａ', 'A', ' x', 'x', '完成', ' 完成 ', '已办结 ', '其他'];
    const want = ['已办结', '已办结', '已办结', '办理中', null, null, null, null, '已办结', '已办结', '已办结', null];
    expect(raw.map((v) => e.read(v))).toEqual(want);
    // Read again (memoized now): same answers.
    expect(raw.map((v) => e.read(v))).toEqual(want);
  });

  it('restorePhone skips the scientific-notation regex only for text without e or E', () => {
    expect(restorePhone('1.3800138123e10')).toEqual({ text: '13800138123', exact: true });
    expect(restorePhone('+1.3800138123E+10')).toEqual({ text: '13800138123', exact: true });
    expect(restorePhone('13800138123')).toBeNull();
    expect(restorePhone('1.38E')).toBeNull();
  });
});

describe('duplicate ids in whole files', () => {
  const H = ['工单编号', '受理时间', '办理状态'];
  /** The report a file must give: the first row of each id is accepted, later ones are duplicates. */
  function expected(ids: readonly string[]): { accepted: number; duplicates: { row: number; id: string }[] } {
    const seen = new Set<string>();
    const duplicates: { row: number; id: string }[] = [];
    ids.forEach((id, i) => {
      if (seen.has(id)) duplicates.push({ row: i + 2, id });
      seen.add(id);
    });
    return { accepted: seen.size, duplicates };
  }

  it('finds the same duplicates whether ids come sorted, reversed or shuffled', () => {
    const r = rng(11);
    const ids = Array.from({ length: 2500 }, (_, i) => `A${String(i).padStart(6, '0')}`);
    const orders = {
      sorted: ids,
      reversed: [...ids].reverse(),
      shuffled: ids.map((x) => ({ x, k: r() })).sort((a, b) => a.k - b.k).map((o) => o.x),
    };
    for (const [name, order] of Object.entries(orders)) {
      const rows = order.flatMap((id) => (r() < 0.1 ? [id, order[Math.floor(r() * order.length)]!] : [id]));
      const res = run(enc.encode(csv([H, ...rows.map((id) => [id, '2024-11-01 08:00:00', '已办结'])])), {}, [4096]);
      const want = expected(rows);
      expect(res.report.duplicates, name).toEqual(want.duplicates);
      expect(res.report.accepted, name).toBe(want.accepted);
      expect(res.tickets.map((t) => t.id), name).toEqual([...new Set(rows)]);
    }
  });
});

describe('quote-free lines read in place', () => {
  const HEADERS = [
    '工单编号', '受理时间', '渠道', '诉求类型', '诉求分类', '诉求内容', '区', '街道', '地址', '来电人', '联系电话', '紧急程度',
    '承办单位', '单位类型', '派单时间', '办理时限', '办理状态', '办结时间', '办理结果', '回访时间', '是否响应', '是否解决', '满意度',
    '是否核减', '退单次数', '重办次数', '备注', '不要的列',
  ];
  const DATES = [
    '2024-11-01 08:00:00', '2024-12-31 23:59:59', '2024-02-29 12:00:00', '2023-02-29 12:00:00', '2024-13-01 00:00:00',
    '2024-11-01 24:00:00', '0099-01-01 00:00:00', '2024-11-01 08:00:0a', '2024-11-01T08:00:00', '２０24-11-01 08:00:00',
    ' 2024-11-01 08:00:00', '2024-11-01 08:00:00 ', '2024/11/1 8:00', '2024年11月1日', '2024-11-01', '', ' ', '\u3000', 'x',
  ];
  /** Each enum column's values, as written well and badly. */
  const enumCells = (values: readonly string[]): string[] => [
    ...values, ...values, ...values, ...values.map((e) => ` ${e}`), ...values.map((e) => `${e}\u3000`), '', ' ', '未知', '是否',
  ];
  const KIND = enumCells(KINDS), URGENCY = enumCells(URGENCIES), UNIT_TYPE = enumCells(UNIT_TYPES), STATUS = enumCells(STATUSES);
  const YES_NO = enumCells(RESPONDED), RESOLVE = enumCells([...RESOLVED, '是', '否']), SATISFACTION = enumCells(SATISFACTIONS);
  const COUNTS = ['0', '0', '0', '1', '3', '12', '123456789', '1234567890', ' 3', '3 ', '+2', '5.0', '', ' ', '４', '007', '-1', 'x'];
  const TEXTS = ['', ' ', '内容', ' 前后空格 ', '\u3000全角空格', 'GD2024', 'a\u00a0', 'long text that is longer than thirteen', 'a,b;c\td'];
  const PHONES = ['13800138000', '1.3800138123E10', ' 1.38e10 ', '', '010-1234E5', '1.38001381234E10'];

  function randomRow(r: () => number): string[] {
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
    const date = (): string => (r() < 0.8 ? DATES[0]! : pick(DATES));
    const row = [
      r() < 0.05 ? pick(['', ' ']) : `GD${Math.floor(r() * 400)}`, date(), pick(TEXTS), pick(KIND), pick(TEXTS), pick(TEXTS),
      pick(TEXTS), pick(TEXTS), pick(TEXTS), pick(TEXTS), pick(PHONES), pick(URGENCY), pick(TEXTS), pick(UNIT_TYPE),
      date(), date(), pick(STATUS), date(), pick(TEXTS), date(), pick(YES_NO), pick(RESOLVE), pick(SATISFACTION),
      pick(YES_NO), pick(COUNTS), pick(COUNTS), pick(TEXTS), pick(TEXTS),
    ];
    // Short rows, and rows with cells beyond the header.
    if (r() < 0.05) return row.slice(0, 1 + Math.floor(r() * row.length));
    if (r() < 0.05) return [...row, pick(TEXTS), pick(TEXTS)];
    return row;
  }

  it('gives the same tickets and report as the quoted (general) path on seeded random rows', () => {
    for (const seed of [1, 2, 3]) {
      const r = rng(seed);
      const rows0 = Array.from({ length: 1500 }, () => randomRow(r));
      // Lines with nothing but delimiters, and empty lines (each a record of one empty cell).
      rows0.splice(100, 0, Array(30).fill(''), [''], [''], Array(3).fill(''));
      for (const [delimiter, eol] of [[',', '\r\n'], [';', '\n'], ['\t', '\r\n']] as const) {
        // Cells hold the other delimiters only, so that the plain file has the same cells.
        const rows = rows0.map((f) => f.map((x) => x.split(delimiter).join('/')));
        const plain = [HEADERS, ...rows].map((f) => f.join(delimiter)).join(eol) + eol;
        const quoted = [HEADERS, ...rows].map((f) => f.map((x) => `"${x}"`).join(delimiter)).join(eol) + eol;
        const opts = { delimiter, mapping: { 不要的列: 'ignore' } };
        const a = run(enc.encode(plain), opts, [777]);
        const b = run(enc.encode(quoted), opts, [777]);
        const name = `seed ${seed}, delimiter ${JSON.stringify(delimiter)}`;
        expect(a.report.rows, name).toBe(rows.length);
        expect(a.report.accepted, name).toBeGreaterThan(20);
        expect(a.report.rejected.length, name).toBeGreaterThan(100);
        expect(a.report.duplicates.length, name).toBeGreaterThan(5);
        expect(a.tickets, name).toEqual(b.tickets);
        expect(a.report, name).toEqual(b.report);
        expect(JSON.stringify(a.tickets), name).toBe(JSON.stringify(b.tickets));
      }
    }
  });
});

describe('lines without delimiters', () => {
  it('searches for the delimiter once for a run of delimiter-free lines, not once per line to the end of the text', () => {
    const n = 5000;
    const lines = Array.from({ length: n }, (_, i) => (i % 2 === 0 ? '' : `x${i}`));
    const text = `工单编号,受理时间\n${lines.join('\n')}\n2024-x,2024-11-01 08:00:00\n`;
    // Each search from a delimiter-free line would scan to the last line: quadratic in a piece
    // of text made of such lines. Count the searches for the delimiter.
    const indexOf = String.prototype.indexOf;
    let searches = 0;
    const spy = vi.spyOn(String.prototype, 'indexOf').mockImplementation(function (this: string, search: string, from?: number) {
      if (search === ',') searches++;
      return indexOf.call(this, search, from);
    });
    let r: ReturnType<typeof run>;
    try {
      r = run(enc.encode(text));
    } finally {
      spy.mockRestore();
    }
    expect(r.report.rows).toBe(n + 1);
    expect(r.report.rejected.length).toBe(n);
    expect(r.report.rejected[0]).toEqual({ row: 2, column: '工单编号', value: '', reason: '工单编号为空', code: 'import.idEmpty', params: {} });
    expect(r.report.rejected[1]).toEqual({ row: 3, column: '受理时间', value: '', reason: '受理时间为空', code: 'import.acceptedEmpty', params: {} });
    expect(r.tickets.map((t) => t.id)).toEqual(['2024-x']);
    expect(searches).toBeLessThan(50);
  });
});
