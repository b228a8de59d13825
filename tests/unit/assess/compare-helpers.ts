/** Compares an engine report with the reference output, numbers to 1e-9. */
import { expect } from 'vitest';
import type { ReportGroup } from '@core/assess/report';
import { REF_RATES, type RefGroup } from './reference';

function close(a: number | null | undefined, b: number | null | undefined, where: string): void {
  if (a === null || b === null || a === undefined || b === undefined) {
    expect(a ?? null, where).toBe(b ?? null);
    return;
  }
  expect(Math.abs(a - b), `${where}: ${a} vs ${b}`).toBeLessThanOrEqual(1e-9);
}

export function expectSameGroup(e: ReportGroup | RefGroup, r: RefGroup, where: string): void {
  expect(e.key, where).toEqual(r.key);
  expect(e.dispatched, `${where} dispatched`).toBe(r.dispatched);
  expect(e.evaluated, `${where} evaluated`).toBe(r.evaluated);
  for (const name of REF_RATES) {
    close(e[name] as number | null, r[name] as number | null, `${where} ${name}`);
    const a = e.ci[name] ?? null, b = r.ci[name] ?? null;
    if (a === null || b === null) expect(a, `${where} ci ${name}`).toBe(b);
    else { close(a[0], b[0], `${where} ci ${name} low`); close(a[1], b[1], `${where} ci ${name} high`); }
  }
  close(e.score, r.score, `${where} score`);
  expect(e.rank, `${where} rank`).toBe(r.rank);
  expect(e.insufficient, `${where} insufficient`).toBe(r.insufficient);
}

export function expectSameReport(e: { total: ReportGroup | RefGroup; groups: (ReportGroup | RefGroup)[] }, r: { total: RefGroup; groups: RefGroup[] }): void {
  expectSameGroup(e.total, r.total, 'total');
  expect(e.groups.map((g) => g.key)).toEqual(r.groups.map((g) => g.key));
  e.groups.forEach((g, i) => expectSameGroup(g, r.groups[i]!, JSON.stringify(g.key)));
}
