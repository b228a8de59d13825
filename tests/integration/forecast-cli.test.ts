/**
 * `npm run cli -- forecast` run for real on the demo city (DOMAIN.md section 10): JSON only on
 * stdout with exactly the section's keys, the method beating seasonal naive in the backtest, the
 * forecasts of the month asked and the one after; bad arguments exit 2 with one line.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { run as demo } from '../../cli/commands/demo';

const exec = promisify(execFile);

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await exec('npx', ['tsx', 'cli/index.ts', ...args], { cwd: process.cwd(), maxBuffer: 256 << 20 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

type Report = {
  method: string;
  backtest: { wape: number; baselineWape: number; targets: { key: { category2: string; district: string }; month: string; actual: number; forecast: number; baseline: number }[] };
  forecasts?: { key: { category2: string; district: string }; month: string; forecast: number; low: number; high: number }[];
};

let file = '';
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'forecast-cli-'));
  const write = process.stdout.write;
  process.stdout.write = () => true;
  try { expect(await demo(['--tickets', '30000', '--seed', '12345', '--out', dir])).toBe(0); } finally { process.stdout.write = write; }
  file = join(dir, 'tickets.csv');
}, 120_000);

describe('forecast on the demo city', () => {
  it('prints method and backtest; the method beats seasonal naive', async () => {
    const r = await cli('forecast', '--tickets', file, '--format', 'json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Report;
    expect(Object.keys(out)).toEqual(['method', 'backtest']);
    expect(out.method).toMatch(/seasonal/);
    expect(Object.keys(out.backtest)).toEqual(['wape', 'baselineWape', 'targets']);
    const months = [...new Set(out.backtest.targets.map((t) => t.month))];
    expect(months).toHaveLength(6);
    expect(out.backtest.wape).toBeLessThan(out.backtest.baselineWape);
    // WAPE as printed follows from the targets as printed.
    const y = out.backtest.targets.reduce((a, t) => a + t.actual, 0);
    expect(out.backtest.wape).toBeCloseTo(out.backtest.targets.reduce((a, t) => a + Math.abs(t.actual - t.forecast), 0) / y, 9);
    expect(out.backtest.baselineWape).toBeCloseTo(out.backtest.targets.reduce((a, t) => a + Math.abs(t.actual - t.baseline), 0) / y, 9);
  }, 60_000);

  it('with --month prints the forecasts of that month and the next for every group', async () => {
    const r = await cli('forecast', '--tickets', file, '--format', 'json', '--month', '2026-11');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Report;
    expect(Object.keys(out)).toEqual(['method', 'backtest', 'forecasts']);
    const groups = new Set(out.backtest.targets.map((t) => `${t.key.category2}|${t.key.district}`));
    expect(out.forecasts).toHaveLength(groups.size * 2);
    expect(new Set(out.forecasts!.map((f) => f.month))).toEqual(new Set(['2026-11', '2026-12']));
    for (const f of out.forecasts!) expect(f.low <= f.forecast && f.forecast <= f.high).toBe(true);
    // Heating complaints rise into the winter in the demo city.
    const heat = (mo: string) => out.forecasts!.filter((f) => f.month === mo && f.key.category2.includes('供暖')).reduce((a, f) => a + f.forecast, 0);
    const oct = out.backtest.targets.filter((t) => t.month === '2026-10' && t.key.category2.includes('供暖')).reduce((a, t) => a + t.actual, 0);
    expect(heat('2026-12')).toBeGreaterThan(oct);
  }, 60_000);

  it('refuses bad arguments with one line and exit 2', async () => {
    for (const args of [['--format', 'json'], ['--tickets', file, '--format', 'csv'], ['--tickets', file, '--month', '2026-13']]) {
      const r = await cli('forecast', ...args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')[0]).toMatch(/[\u4e00-\u9fff]/);
    }
    const early = await cli('forecast', '--tickets', file, '--month', '2000-01');
    expect(early.code).toBe(2);
    expect(early.stderr).toMatch(/之前没有任何工单/);
  }, 60_000);
});
