import { describe, expect, it } from 'vitest';
import { preview } from '@core/data/import/index';
import { localToEpoch, toExcelSerial } from '@core/base/time/shanghai';
import { compoundFileNames, isEncryptedPackage } from '@core/data/xlsx/ole-encryption';
import { resolveTarget } from '@core/data/xlsx/read-workbook';
import { partKey } from '@core/data/xlsx/read-zip';
import { balanced, run } from './helpers';
import { buildCompoundFile, buildXlsx, PRODUCERS, type PCell } from './xlsx-producers';

const at = (d: number, h = 0, mi = 0): number => toExcelSerial(localToEpoch(2024, 3, d, h, mi));

// Title row above the header, a rejected row (bad date), a duplicate, text needing escapes.
const ROWS: PCell[][] = [
  ['2024年3月工单明细'],
  ['工单编号', '受理时间', '联系电话', '诉求内容', '办结时间'],
  ['A1', at(5, 14, 30), '13800138000', '夜间施工噪音扰民', at(6, 9)],
  ['A2', at(5, 15), '010-12345678', '占道经营 & <摊位> "早市"', null],
  ['A3', '三月五日', null, '日期写错', null],
  ['A1', at(7), null, '重复的工单', null],
  ['A4', at(8, 8, 15), null, '路灯不亮', at(9, 17, 45)],
];

const EXPECTED_TICKETS = [
  { id: 'A1', acceptedAt: localToEpoch(2024, 3, 5, 14, 30), callerPhone: '13800138000', content: '夜间施工噪音扰民', closedAt: localToEpoch(2024, 3, 6, 9) },
  { id: 'A2', acceptedAt: localToEpoch(2024, 3, 5, 15), callerPhone: '010-12345678', content: '占道经营 & <摊位> "早市"', closedAt: null },
  { id: 'A4', acceptedAt: localToEpoch(2024, 3, 8, 8, 15), callerPhone: '', content: '路灯不亮', closedAt: localToEpoch(2024, 3, 9, 17, 45) },
];

describe('XLSX from every producer', () => {
  for (const [name, layout] of Object.entries(PRODUCERS)) {
    it(`${name}: imports the same rows, every row accounted for`, () => {
      const bytes = buildXlsx(ROWS, layout);
      const r = run(bytes, {}, [4096]);
      const rep = r.report;
      expect(rep.refused).toBeUndefined();
      expect(rep.format).toBe('xlsx');
      expect(r.tickets.map((t) => ({ id: t.id, acceptedAt: t.acceptedAt, callerPhone: t.callerPhone, content: t.content, closedAt: t.closedAt ?? null })))
        .toEqual(EXPECTED_TICKETS);
      expect(rep.rows).toBe(5);
      expect(rep.accepted).toBe(3);
      expect(rep.rejected.map((x) => [x.row, x.column, x.value, x.code])).toEqual([[5, '受理时间', '三月五日', 'import.badDateTime']]);
      expect(rep.duplicates).toEqual([{ row: 6, id: 'A1' }]);
      expect(balanced(rep)).toBe(true);
      const codes = rep.warnings.map((w) => w.code);
      expect(codes).toContain('import.titleRowsSkipped');
      // The preview (the import dialog's first look) reads the same sheet.
      const p = preview(bytes, { target: 'tickets', fileName: 'a.xlsx' });
      expect(p.refused).toBeUndefined();
      expect(p.headers).toEqual(ROWS[1]);
    });
  }

  it('says which sheet was read when the first one is a chart or hidden', () => {
    const chart = run(buildXlsx(ROWS, PRODUCERS.elsewhere!)).report.warnings.find((w) => w.code === 'xlsx.skippedChart');
    expect(chart).toMatchObject({ row: 1, params: { skipped: '图表1', sheet: '工单明细' } });
    expect(chart!.message).toContain('是图表，已读取第一个工作表「工单明细」');
    const hidden = run(buildXlsx(ROWS, PRODUCERS.excelMac1904!)).report.warnings.find((w) => w.code === 'xlsx.skippedHidden');
    expect(hidden).toMatchObject({ params: { skipped: '隐藏1', sheet: '工单明细' } });
    // An ordinary workbook says nothing of the kind.
    expect(run(buildXlsx(ROWS, PRODUCERS.excel!)).report.warnings.map((w) => w.code)).toEqual(['import.titleRowsSkipped']);
  });

  it('reads the 1904 date system only where the workbook declares it', () => {
    // The 1904 workbook stores serials 1462 lower; the same stored serials without the flag
    // are read in the 1900 system, 1462 days (four years and a day) earlier.
    const shifted = ROWS.map((r) => r.map((c) => (typeof c === 'number' ? c - 1462 : c)));
    const as1900 = run(buildXlsx(shifted, PRODUCERS.excel!)).tickets[0]!.acceptedAt;
    const as1904 = run(buildXlsx(ROWS, { ...PRODUCERS.excel!, date1904: true })).tickets[0]!.acceptedAt;
    expect(as1904).toBe(EXPECTED_TICKETS[0]!.acceptedAt);
    expect(as1904 - as1900).toBe(1462 * 86_400_000);
  });

  it('flow events from a 1904 workbook get the same times', () => {
    const rows: PCell[][] = [['工单编号', '时间', '动作', '单位'], ['A1', at(5, 10), '派单', '城管局']];
    const a = run(buildXlsx(rows, PRODUCERS.excel!), { target: 'events' }).events;
    const b = run(buildXlsx(rows, { ...PRODUCERS.windows!, date1904: true }), { target: 'events' }).events;
    expect(a.map((e) => e.at)).toEqual([localToEpoch(2024, 3, 5, 10)]);
    expect(b.map((e) => e.at)).toEqual(a.map((e) => e.at));
  });
});

describe('password-protected workbooks and legacy .xls', () => {
  const ENCRYPTED = ['\u0006DataSpaces', 'EncryptionInfo', 'EncryptedPackage'];

  it('reads the names of a compound file directory', () => {
    expect(compoundFileNames(buildCompoundFile(ENCRYPTED))).toEqual(['Root Entry', ...ENCRYPTED]);
    expect(compoundFileNames(buildCompoundFile(['Workbook', '\u0005SummaryInformation'], 200))).toEqual(['Root Entry', 'Workbook', '\u0005SummaryInformation']);
    expect(compoundFileNames(new Uint8Array(600))).toBeNull();
    // Cut before the directory: unreadable, and the raw search finds nothing either.
    expect(compoundFileNames(buildCompoundFile(ENCRYPTED, 200).subarray(0, 64 * 1024))).toBeNull();
    expect(isEncryptedPackage(buildCompoundFile(ENCRYPTED, 200).subarray(0, 64 * 1024))).toBe(false);
  });

  const CLEAR = '工作簿已加密（设置了打开密码），请在 Excel/WPS 中取消密码后另存为 .xlsx 再导入';

  for (const [label, padding, sizes] of [['directory in the first bytes', 0, undefined], ['directory past the first 64 KiB, fed in chunks', 300, [7000]]] as const) {
    it(`an encrypted workbook is named as such (${label}), not as an old .xls`, () => {
      const r = run(buildCompoundFile(ENCRYPTED, padding), { fileName: '工单.xlsx' }, sizes ? [...sizes] : undefined);
      expect(r.report.refused).toBe(CLEAR);
      expect(r.report.refusal?.code).toBe('xlsx.encrypted');
      expect(r.tickets).toEqual([]);
      expect(r.report.rows).toBe(0);
      expect(balanced(r.report)).toBe(true);
      expect(preview(buildCompoundFile(ENCRYPTED, padding), { target: 'tickets', wholeFile: true }).refusal?.code).toBe('xlsx.encrypted');
    });
  }

  it('a legacy .xls is still reported as one, wherever its directory lies', () => {
    for (const padding of [0, 300]) {
      const r = run(buildCompoundFile(['Workbook', '\u0005SummaryInformation'], padding), {}, [5000]);
      expect(r.report.refusal?.code).toBe('import.legacyOffice');
      expect(preview(buildCompoundFile(['Workbook'], padding), { target: 'tickets', wholeFile: true }).refusal?.code).toBe('import.legacyOffice');
    }
  });
});

describe('relationship targets and part names', () => {
  it('resolves relative, parent, absolute and backslash targets to part keys', () => {
    expect(resolveTarget('xl/', 'worksheets/Sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolveTarget('xl/', '/xl/worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolveTarget('book/', '../data/./tickets.xml')).toBe('data/tickets.xml');
    expect(resolveTarget('', 'XL\\Workbook.xml')).toBe('xl/workbook.xml');
    expect(resolveTarget('xl/', '\\xl\\sharedStrings.xml')).toBe('xl/sharedstrings.xml');
    expect(partKey('XL\\WORKSHEETS\\SHEET1.XML')).toBe('xl/worksheets/sheet1.xml');
    expect(partKey('/xl/workbook.xml')).toBe('xl/workbook.xml');
  });
});
