/** Runs the real `validate` CLI on files of each kind and checks every count and rejected row. */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { csv, xlsx } from '../unit/import/helpers';

const ROOT = resolve(import.meta.dirname, '../..');
const FIX = join(ROOT, 'tests/fixtures/import');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

type Out = { code: number; stdout: string; stderr: string };
function cli(...args: string[]): Promise<Out> {
  return new Promise((done) => {
    execFile(TSX, ['cli/index.ts', 'validate', ...args], { cwd: ROOT, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      done({ code: err ? (typeof err.code === 'number' ? err.code : 99) : 0, stdout, stderr });
    });
  });
}

type Json = {
  rows: number; accepted: number; encoding: string; delimiter: string; refused?: string;
  rejected: { row: number; column: string; value: string; reason: string }[];
  duplicates: { row: number; id: string }[];
  columns: { index: number; header: string; key: string }[];
  warnings: { row: number; column: string; value: string; message: string }[];
  events?: Json;
};

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'duban-validate-'));
});

describe('validate CLI', () => {
  it('reports every row of the UTF-8 BOM fixture, and the event file', async () => {
    const r = await cli(join(FIX, 'tickets-bad-rows.csv'), '--events', join(FIX, 'events.csv'), '--format', 'json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as Json;
    expect(Object.keys(j).sort()).toEqual(['accepted', 'columns', 'delimiter', 'duplicates', 'encoding', 'events', 'rejected', 'rows', 'warnings']);
    expect(j).toMatchObject({ rows: 11, accepted: 3, encoding: 'utf-8', delimiter: ',' });
    expect(j.rejected.map((x) => [x.row, x.column, x.value])).toEqual([
      [5, '工单编号', ''],
      [6, '受理时间', '2024-02-30 10:00'],
      [7, '诉求类型', '抱怨'],
      [8, '退单次数', '-2'],
      [9, '受理时间', ''],
      [10, '办理状态', '办完了'],
      [11, '工单编号', ''],
    ]);
    expect(j.rejected[0]!.reason).toBe('工单编号为空');
    expect(j.rejected[4]!.reason).toBe('受理时间为空');
    expect(j.duplicates).toEqual([{ row: 4, id: 'GD0001' }]);
    expect(j.columns).toHaveLength(15);
    expect(j.columns[14]).toEqual({ index: 14, header: '来电备注', key: 'extra' });
    expect(j.warnings.map((w) => [w.row, w.column, w.value])).toEqual([[2, '联系电话', '1.3800138123E10']]);
    expect(j.rows).toBe(j.accepted + j.rejected.length + j.duplicates.length);
    const e = j.events!;
    expect(e).toMatchObject({ rows: 7, accepted: 4, duplicates: [] });
    expect(e.rejected.map((x) => [x.row, x.column, x.value])).toEqual([[5, '时间', '明天'], [6, '动作', '吃饭'], [7, '工单编号', '']]);
  });

  it('reads a GB18030 tab-separated file', async () => {
    const path = join(dir, 'gbk.tsv');
    writeFileSync(path, iconv.encode(csv([['工单编号', '受理时间', '满意度', '街道'], ['A1', '2024-01-01 08:00:00', '满意', '东华门街道'], ['A2', '2024-01-01', '很好', ''], ['A1', '2024-01-02', '', '']], '\t'), 'gb18030'));
    const r = await cli(path, '--format', 'json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as Json;
    expect(j).toMatchObject({ rows: 3, accepted: 1, encoding: 'gb18030', delimiter: '\t', duplicates: [{ row: 4, id: 'A1' }] });
    expect(j.rejected).toEqual([{ row: 3, column: '满意度', value: '很好', reason: expect.stringContaining('满意、基本满意、不满意') as string }]);
  });

  it('reads a UTF-16 semicolon file with quoted newlines', async () => {
    const path = join(dir, 'u16.csv');
    const text = csv([['工单编号', '受理时间', '诉求内容'], ['B1', '2024-01-01', '一\n二;三'], ['B2', '2024-01-01', '"引"']], ';');
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]));
    const j = JSON.parse((await cli(path, '--format', 'json')).stdout) as Json;
    expect(j).toMatchObject({ rows: 2, accepted: 2, rejected: [], encoding: 'utf-16le', delimiter: ';' });
  });

  it('reads an XLSX with serial dates and numeric phones', async () => {
    const path = join(dir, 't.xlsx');
    writeFileSync(path, xlsx([['工单编号', '受理时间', '联系电话'], ['X1', 45351.5, 13800138000], ['X2', 'bad', null], ['X1', 45352, null]], { rowNumbers: [1, 3, 4, 8] }));
    const r = await cli(path, '--format', 'json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as Json;
    expect(j).toMatchObject({ rows: 3, accepted: 1, delimiter: '', duplicates: [{ row: 8, id: 'X1' }] });
    expect(j.rejected.map((x) => [x.row, x.column, x.value])).toEqual([[4, '受理时间', 'bad']]);
    expect(j.warnings.map((w) => [w.row, w.value])).toEqual([[3, '13800138000']]);
  });

  it('exits 1 with a Chinese reason for a refused file, 2 for bad arguments', async () => {
    const missing = join(dir, 'missing-cols.csv');
    writeFileSync(missing, '编号,内容\nA,x\n');
    const r = await cli(missing, '--format', 'json');
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout) as Json;
    expect(j.refused).toContain('受理时间');
    expect(j.rows).toBe(0);
    const cut = join(dir, 'cut.xlsx');
    const book = xlsx([['工单编号', '受理时间'], ['A', '2024-01-01']]);
    writeFileSync(cut, book.subarray(0, book.length - 40));
    const c = await cli(cut, '--format', 'json');
    expect(c.code).toBe(1);
    expect((JSON.parse(c.stdout) as Json).refused).toContain('XLSX');
    expect((await cli('--format', 'json')).code).toBe(2);
    expect((await cli(missing, '--format', 'yaml')).code).toBe(2);
    const nf = await cli(join(dir, 'nope.csv'), '--format', 'json');
    expect(nf.code).toBe(2);
    expect(nf.stderr).toContain('找不到文件');
    expect(nf.stdout).toBe('');
  });
});
