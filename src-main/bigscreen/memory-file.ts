import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../handlers/write-file-atomic';
import { parseMemory, type BigScreenMemory } from './display-choice';

/** The file, in the data folder, that remembers the big screen's display and presets. */
export const BIGSCREEN_MEMORY_FILE = 'bigscreen-displays.json';

export async function loadMemory(dataDir: string): Promise<BigScreenMemory> {
  try {
    return parseMemory(await readFile(join(dataDir, BIGSCREEN_MEMORY_FILE), 'utf8'));
  } catch {
    return parseMemory(null);
  }
}

export async function saveMemory(dataDir: string, memory: BigScreenMemory): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  await writeFileAtomic(join(dataDir, BIGSCREEN_MEMORY_FILE), new TextEncoder().encode(`${JSON.stringify(memory, null, 2)}\n`));
}
