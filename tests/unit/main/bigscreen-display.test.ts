import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  bigScreenHash, chooseDisplay, displayKey, EMPTY_MEMORY, parseMemory, presetFor, remember, type DisplayInfo,
} from '../../../src-main/bigscreen/display-choice';
import { BIGSCREEN_MEMORY_FILE } from '../../../src-main/bigscreen/memory-file';
import { createIpcDispatcher, type BigScreenPort } from '../../../src-main/handlers';

const desk: DisplayInfo = { id: 1, label: 'DELL U2720Q', bounds: { x: 0, y: 0, width: 1920, height: 1080 }, scaleFactor: 2, primary: true };
const wall: DisplayInfo = { id: 7, label: 'LG 4K TV', bounds: { x: 1920, y: 0, width: 3840, height: 2160 }, scaleFactor: 1, primary: false };
const hall: DisplayInfo = { id: 9, label: 'Projector', bounds: { x: -1920, y: 0, width: 1920, height: 1080 }, scaleFactor: 1, primary: false };

describe('choosing the big screen\'s display', () => {
  it('takes the requested display, else the one used last, else the first that is not primary, else the primary', () => {
    expect(chooseDisplay([desk, wall, hall], 9, EMPTY_MEMORY)).toBe(hall);
    expect(chooseDisplay([desk, wall, hall], 42, EMPTY_MEMORY)).toBe(wall);
    expect(chooseDisplay([desk, wall, hall], null, remember(EMPTY_MEMORY, hall, undefined))).toBe(hall);
    expect(chooseDisplay([desk], null, remember(EMPTY_MEMORY, hall, undefined))).toBe(desk);
    expect(chooseDisplay([], null, EMPTY_MEMORY)).toBeNull();
  });

  it('finds the remembered display after it moved or got a new id', () => {
    const memory = remember(EMPTY_MEMORY, wall, '会议室');
    const moved: DisplayInfo = { ...wall, id: 12, bounds: { ...wall.bounds, x: -3840 } };
    expect(chooseDisplay([desk, hall, moved], null, memory)).toBe(moved);
  });

  it('remembers the preset per display and keeps the others', () => {
    let m = remember(EMPTY_MEMORY, wall, '会议室');
    m = remember(m, hall, '指挥大厅');
    expect(presetFor(m, wall)).toBe('会议室');
    expect(presetFor(m, hall)).toBe('指挥大厅');
    expect(presetFor(m, hall, '临时')).toBe('临时');
    expect(presetFor(m, desk)).toBeUndefined();
    expect(m.last).toBe(displayKey(hall));
    expect(parseMemory(JSON.stringify(m))).toEqual(m);
    expect(parseMemory('not json')).toEqual(EMPTY_MEMORY);
    expect(parseMemory('{"last":3,"presets":{"a":1,"b":"B"}}')).toEqual({ last: null, presets: { b: 'B' } });
  });

  it('keys a display by name, size in device pixels and position', () => {
    expect(displayKey(desk)).toBe('DELL U2720Q|3840x2160|0,0');
    expect(bigScreenHash('会议室')).toBe(`#/bigscreen?show=1&window=1&preset=${encodeURIComponent('会议室')}`);
    expect(bigScreenHash(undefined)).toBe('#/bigscreen?show=1&window=1');
  });
});

describe('bigscreen IPC handlers', () => {
  let dir = '';
  afterEach(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  it('lists displays, opens on the chosen one, and remembers display and preset in the data folder', async () => {
    dir = mkdtempSync(join(tmpdir(), 'duban-bigscreen-'));
    const opened: [number, string][] = [];
    const port: BigScreenPort = { listDisplays: () => [desk, wall, hall], open: (d, hash) => { opened.push([d.id, hash]); } };
    const dispatch = createIpcDispatcher({ dataDir: dir, bigScreen: port });
    expect(await dispatch('bigscreen:displays', undefined)).toEqual({ ok: true, value: { displays: [desk, wall, hall], chosen: 7 } });
    expect(await dispatch('bigscreen:open', { displayId: 9, preset: '指挥大厅' })).toEqual({ ok: true, value: { displayId: 9, preset: '指挥大厅' } });
    expect(opened).toEqual([[9, bigScreenHash('指挥大厅')]]);
    expect(JSON.parse(readFileSync(join(dir, BIGSCREEN_MEMORY_FILE), 'utf8'))).toEqual({ last: displayKey(hall), presets: { [displayKey(hall)]: '指挥大厅' } });
    // Next time, without a choice: the same display and the preset it played.
    expect(await dispatch('bigscreen:displays', undefined)).toMatchObject({ ok: true, value: { chosen: 9 } });
    expect(await dispatch('bigscreen:open', { displayId: null })).toEqual({ ok: true, value: { displayId: 9, preset: '指挥大厅' } });
  });

  it('answers UNAVAILABLE without a desktop, and INVALID_INPUT on a bad request', async () => {
    dir = mkdtempSync(join(tmpdir(), 'duban-bigscreen-'));
    const dispatch = createIpcDispatcher({ dataDir: dir });
    expect(await dispatch('bigscreen:open', { displayId: null })).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    expect(await dispatch('bigscreen:open', { displayId: 'x' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const none = createIpcDispatcher({ dataDir: dir, bigScreen: { listDisplays: () => [], open: () => undefined } });
    expect(await none('bigscreen:open', { displayId: null })).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
  });
});
