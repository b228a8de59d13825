import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseWindowState, serializeWindowState, type WindowState } from './window-state';

/** Name of the file, in userData, that remembers the window between runs. */
export const WINDOW_STATE_FILE = 'window-state.json';

/** The saved state in `dir`, or null (first run, unreadable or broken file). Sync: read once before the window opens. */
export function loadWindowStateSync(dir: string): WindowState | null {
  try {
    return parseWindowState(readFileSync(join(dir, WINDOW_STATE_FILE), 'utf8'));
  } catch {
    return null;
  }
}

/** Writes the state through a temporary file; a failure only costs the remembered position. */
export async function saveWindowState(dir: string, state: WindowState): Promise<void> {
  const path = join(dir, WINDOW_STATE_FILE);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(`${path}.tmp`, serializeWindowState(state), 'utf8');
    await rename(`${path}.tmp`, path);
  } catch (err) {
    console.warn('[duban] 无法保存窗口位置：', err);
  }
}

/** Same as {@link loadWindowStateSync} but async, for tests and tools. */
export async function loadWindowState(dir: string): Promise<WindowState | null> {
  try {
    return parseWindowState(await readFile(join(dir, WINDOW_STATE_FILE), 'utf8'));
  } catch {
    return null;
  }
}
