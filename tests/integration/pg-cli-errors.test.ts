/** The --db commands say in Chinese what is wrong: an unreachable server (exit 1), conflicting options (exit 2). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli-run';

describe('--db errors', () => {
  // A socket folder where no server listens.
  const dir = mkdtempSync(join(tmpdir(), 'duban-pg-none-'));
  const nowhere = `postgresql://postgres@localhost:5999/duban?host=${encodeURIComponent(dir)}`;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['assess', ['--from', '2026-01-01', '--to', '2026-02-01', '--by', 'unit']],
    ['hotspots', ['--month', '2026-01', '--by', 'category2']],
    ['chronic', ['--as-of', '2026-01-31', '--format', 'json']],
    ['load', ['tests/fixtures/import/does-not-matter.csv']],
  ])('%s exits 1 and says the server cannot be reached', async (cmd, rest) => {
    const r = await runCli([cmd, '--db', nowhere, ...rest]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/连接数据库服务器.*(失败|没有在)|无法连接数据库/);
  });

  it('refuses --db together with --tickets, and --events with --db', async () => {
    const a = await runCli(['assess', '--db', nowhere, '--tickets', 'x.csv', '--from', '2026-01-01', '--to', '2026-02-01', '--by', 'unit']);
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/只能选一个/);
    const b = await runCli(['hotspots', '--db', nowhere, '--events', 'e.csv', '--month', '2026-01', '--by', 'unit']);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/流转记录取自数据库/);
    const c = await runCli(['load', 'x.csv']);
    expect(c.code).toBe(2);
    expect(c.stderr).toMatch(/缺少参数 --db/);
  });
});
