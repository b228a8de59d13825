import { describe, expect, it } from 'vitest';
import { eventChordIds, formatChord, matchesChord, normalizeChord, parseChord } from '@renderer/commands/keys';
import { CommandConflictError, createCommandRegistry, findConflicts, type Command } from '@renderer/commands/registry';
import { filterCommands } from '@renderer/commands/filter';

const ev = (key: string, mods: Partial<{ ctrl: boolean; alt: boolean; shift: boolean; meta: boolean }> = {}, code?: string) => ({
  key, code, ctrlKey: !!mods.ctrl, altKey: !!mods.alt, shiftKey: !!mods.shift, metaKey: !!mods.meta,
});

function cmd(id: string, keys: string[] = [], extra: Partial<Command> = {}): Command & { runs: number } {
  const c = { id, label: id, keys, section: 'test', runs: 0, perform() { c.runs++; }, ...extra };
  return c;
}

describe('key chords', () => {
  it('normalizes modifier order, case and aliases', () => {
    expect(normalizeChord('Shift+Ctrl+p')).toBe('ctrl+shift+p');
    expect(normalizeChord('control+SHIFT+P')).toBe('ctrl+shift+p');
    expect(normalizeChord('Esc')).toBe('escape');
    expect(normalizeChord('Alt+1')).toBe('alt+1');
    expect(normalizeChord('Ctrl++')).toBe('ctrl++');
  });

  it('maps Mod to Ctrl, or to Meta on a Mac', () => {
    expect(normalizeChord('Mod+K')).toBe('ctrl+k');
    expect(normalizeChord('Mod+K', true)).toBe('meta+k');
  });

  it('rejects chords without a key or with two keys', () => {
    expect(() => parseChord('Ctrl+')).toThrow(/Ctrl/);
    expect(() => parseChord('Ctrl+Shift')).toThrow(/缺少按键/);
    expect(() => parseChord('Ctrl+K+P')).toThrow(/写法有误/);
  });

  it('matches events by key, and by physical code for letters and digits', () => {
    expect(matchesChord('Ctrl+K', ev('k', { ctrl: true }, 'KeyK'))).toBe(true);
    expect(matchesChord('Ctrl+Shift+P', ev('P', { ctrl: true, shift: true }, 'KeyP'))).toBe(true);
    // Alt+1 where the layout reports another character for the key.
    expect(matchesChord('Alt+1', ev('¡', { alt: true }, 'Digit1'))).toBe(true);
    expect(matchesChord('Alt+1', ev('1', { alt: true }, 'Numpad1'))).toBe(true);
  });

  it('does not match when modifiers differ', () => {
    expect(matchesChord('Ctrl+K', ev('k', {}, 'KeyK'))).toBe(false);
    expect(matchesChord('Ctrl+K', ev('k', { ctrl: true, shift: true }, 'KeyK'))).toBe(false);
    expect(matchesChord('Alt+1', ev('1', { ctrl: true }, 'Digit1'))).toBe(false);
    expect(matchesChord('Ctrl+K', ev('j', { ctrl: true }, 'KeyJ'))).toBe(false);
  });

  it('lists both key- and code-derived ids without duplicates', () => {
    expect(eventChordIds(ev('k', { ctrl: true }, 'KeyK'))).toEqual(['ctrl+k']);
    expect(eventChordIds(ev('!', { shift: true }, 'Digit1'))).toEqual(['shift+!', 'shift+1']);
  });

  it('formats chords for display', () => {
    expect(formatChord('ctrl+shift+p')).toBe('Ctrl+Shift+P');
    expect(formatChord('alt+1')).toBe('Alt+1');
    expect(formatChord('f1')).toBe('F1');
    expect(formatChord('Esc')).toBe('Esc');
    expect(formatChord('Mod+K', true)).toBe('⌘+K');
  });
});

describe('command registry', () => {
  it('runs the command bound to an event and skips disabled ones', async () => {
    const r = createCommandRegistry();
    let enabled = true;
    const a = cmd('a', ['Ctrl+K']);
    const b = cmd('b', ['Alt+2'], { enabled: () => enabled });
    r.register([a, b]);
    expect(r.forEvent(ev('k', { ctrl: true }, 'KeyK'))?.id).toBe('a');
    expect(r.forEvent(ev('2', { alt: true }, 'Digit2'))?.id).toBe('b');
    enabled = false;
    expect(r.forEvent(ev('2', { alt: true }, 'Digit2'))).toBeUndefined();
    expect(await r.run('b')).toBe(false);
    expect(await r.run('a')).toBe(true);
    expect(a.runs).toBe(1);
    expect(b.runs).toBe(0);
  });

  it('ignores a lone modifier key press', () => {
    const r = createCommandRegistry();
    r.register([cmd('shift', ['Shift+A'])]);
    expect(r.forEvent(ev('Shift', { shift: true }, 'ShiftLeft'))).toBeUndefined();
  });

  it('refuses a chord another command holds, naming both, and leaves the registry unchanged', () => {
    const r = createCommandRegistry();
    r.register([cmd('first', ['Ctrl+K'])]);
    const before = r.list();
    let error: unknown;
    try { r.register([cmd('other', ['Alt+9']), cmd('second', ['control+k'])]); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(CommandConflictError);
    expect((error as Error).message).toContain('first');
    expect((error as Error).message).toContain('second');
    expect(r.list()).toBe(before);
    expect(r.get('other')).toBeUndefined();
  });

  it('refuses conflicts inside one batch, also through Mod', () => {
    const r = createCommandRegistry();
    expect(() => r.register([cmd('x', ['Mod+S']), cmd('y', ['Ctrl+S'])])).toThrow(CommandConflictError);
  });

  it('re-registering the same id replaces it, and unregistering frees its keys', () => {
    const r = createCommandRegistry();
    const off1 = r.register([cmd('a', ['Ctrl+K'])]);
    const a2 = cmd('a', ['Ctrl+J']);
    r.register([a2]);
    expect(r.forEvent(ev('k', { ctrl: true }, 'KeyK'))).toBeUndefined();
    expect(r.forEvent(ev('j', { ctrl: true }, 'KeyJ'))?.id).toBe('a');
    off1(); // The stale unregister must not remove the replacement.
    expect(r.get('a')).toBe(a2);
    r.register([cmd('b', ['Ctrl+K'])]);
    expect(r.forEvent(ev('k', { ctrl: true }, 'KeyK'))?.id).toBe('b');
  });

  it('notifies subscribers on change', () => {
    const r = createCommandRegistry();
    let n = 0;
    const stop = r.subscribe(() => n++);
    const off = r.register([cmd('a')]);
    off();
    stop();
    r.register([cmd('b')]);
    expect(n).toBe(2);
  });

  it('hands errors thrown by perform to the error handler', async () => {
    const seen: string[] = [];
    const r = createCommandRegistry({ onError: (e, c) => seen.push(`${c.id}:${(e as Error).message}`) });
    r.register([cmd('boom', [], { perform: () => { throw new Error('坏了'); } })]);
    expect(await r.run('boom')).toBe(true);
    expect(seen).toEqual(['boom:坏了']);
  });

  it('findConflicts reports every shared chord', () => {
    const conflicts = findConflicts([cmd('a', ['Ctrl+K', 'F1']), cmd('b', ['ctrl+k']), cmd('c', ['F1'])]);
    expect(conflicts).toEqual([['ctrl+k', 'a', 'b'], ['f1', 'a', 'c']]);
    expect(findConflicts([cmd('a', ['Ctrl+K']), cmd('b', ['Ctrl+Shift+K'])])).toEqual([]);
  });
});

describe('palette filtering', () => {
  const list = [
    cmd('nav.home', [], { label: '转到：工作台' }),
    cmd('nav.settings', [], { label: '转到：设置' }),
    cmd('view.toggleTheme', [], { label: '切换到深色主题' }),
    cmd('palette.open', [], { label: '打开命令面板', hidden: true }),
    cmd('x.off', [], { label: '设置导出', enabled: () => false }),
  ];

  it('matches every term in label, section or id, and hides hidden and disabled commands', () => {
    expect(filterCommands(list, '').map((c) => c.id)).toEqual(['nav.home', 'nav.settings', 'view.toggleTheme']);
    expect(filterCommands(list, '设置').map((c) => c.id)).toEqual(['nav.settings']);
    expect(filterCommands(list, '主题').map((c) => c.id)).toEqual(['view.toggleTheme']);
    expect(filterCommands(list, 'NAV 设置').map((c) => c.id)).toEqual(['nav.settings']);
    expect(filterCommands(list, '面板')).toEqual([]);
  });

  it('puts labels that start with the query first', () => {
    const l = [cmd('a', [], { label: '转到：工单' }), cmd('b', [], { label: '工单导出' })];
    expect(filterCommands(l, '工单').map((c) => c.id)).toEqual(['b', 'a']);
  });
});
