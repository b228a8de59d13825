/** Runs the real CLI (tsx cli/index.ts) from tests: exit code, stdout and stderr. */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);
export const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

export type CliResult = { code: number; stdout: string; stderr: string };

export async function runCli(args: string[], timeout = 600_000): Promise<CliResult> {
  try {
    const r = await exec(TSX, ['cli/index.ts', ...args], { cwd: ROOT, maxBuffer: 512 << 20, timeout });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

/**
 * The CLI as one Node process (`node --import tsx`, no tsx wrapper process), so that a signal
 * sent to it reaches the process that holds the database connection.
 */
export function spawnCli(args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'cli/index.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** `demo --tickets n --seed seed --out dir`; throws when it fails. */
export async function makeDemo(dir: string, n: number, seed = 12345): Promise<void> {
  const r = await runCli(['demo', '--tickets', String(n), '--seed', String(seed), '--out', dir]);
  if (r.code !== 0) throw new Error(`demo failed: ${r.stderr}`);
}
