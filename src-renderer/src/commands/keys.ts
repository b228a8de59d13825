/**
 * Key chords as written in commands (`'Ctrl+Shift+P'`, `'Alt+1'`, `'Mod+K'`), and their matching
 * against keyboard events. Pure: no DOM access, so the rules are unit-tested under Node.
 */
export type KeyChord = { ctrl: boolean; alt: boolean; shift: boolean; meta: boolean; key: string };

/** The fields of a KeyboardEvent that matching reads. */
export type KeyEventLike = {
  key: string; code?: string; ctrlKey: boolean; altKey: boolean; shiftKey: boolean; metaKey: boolean;
};

const KEY_ALIASES: Record<string, string> = {
  esc: 'escape', return: 'enter', space: 'space', ' ': 'space', spacebar: 'space',
  up: 'arrowup', down: 'arrowdown', left: 'arrowleft', right: 'arrowright',
  del: 'delete', plus: '+', comma: ',', period: '.', slash: '/',
};

const MODIFIERS = ['ctrl', 'alt', 'shift', 'meta'] as const;

function normalizeKey(key: string): string {
  const k = key.toLowerCase();
  return KEY_ALIASES[k] ?? k;
}

/**
 * Parses a chord such as `Ctrl+Shift+P`. Modifier names are case-insensitive (`Control`,
 * `Cmd`, `Option` accepted); `Mod` is Ctrl, or ⌘ when `mac` is true. Throws on an empty key or a
 * chord with two non-modifier keys, naming the chord, so a bad command definition fails early.
 */
export function parseChord(text: string, mac = false): KeyChord {
  const chord: KeyChord = { ctrl: false, alt: false, shift: false, meta: false, key: '' };
  // `Ctrl++` means Ctrl and the plus key: split on '+' but keep a trailing plus as the key.
  const parts = text.trim().endsWith('++') ? [...text.trim().slice(0, -2).split('+'), '+'] : text.trim().split('+');
  for (const raw of parts) {
    const p = raw.trim().toLowerCase();
    if (p === 'ctrl' || p === 'control') chord.ctrl = true;
    else if (p === 'alt' || p === 'option') chord.alt = true;
    else if (p === 'shift') chord.shift = true;
    else if (p === 'meta' || p === 'cmd' || p === 'command' || p === 'win') chord.meta = true;
    else if (p === 'mod') { if (mac) chord.meta = true; else chord.ctrl = true; }
    else {
      if (chord.key !== '' || p === '') throw new Error(`快捷键“${text}”写法有误：应为若干修饰键加一个按键，例如 Ctrl+Shift+P`);
      chord.key = normalizeKey(raw.trim());
    }
  }
  if (chord.key === '') throw new Error(`快捷键“${text}”缺少按键，例如 Ctrl+K`);
  return chord;
}

/** A canonical text for a chord (`ctrl+shift+p`); two chords are the same key iff their ids are equal. */
export function chordId(chord: KeyChord): string {
  return [...MODIFIERS.filter((m) => chord[m]), chord.key].join('+');
}

/** The canonical id of a chord written as text. */
export function normalizeChord(text: string, mac = false): string {
  return chordId(parseChord(text, mac));
}

/** Key names derived from the physical key (`KeyK` → k, `Digit1` / `Numpad1` → 1). */
function keyFromCode(code: string | undefined): string | null {
  if (!code) return null;
  let m = /^Key([A-Z])$/.exec(code);
  if (m) return m[1]!.toLowerCase();
  m = /^(?:Digit|Numpad)(\d)$/.exec(code);
  if (m) return m[1]!;
  return null;
}

/**
 * The chord ids a keyboard event can stand for: by its `key` and, for letters and digits, by
 * its physical `code` (Alt+1 on some layouts, or Shift+1, reports another `key`).
 */
export function eventChordIds(e: KeyEventLike): string[] {
  const base = { ctrl: e.ctrlKey, alt: e.altKey, shift: e.shiftKey, meta: e.metaKey };
  const ids = [chordId({ ...base, key: normalizeKey(e.key) })];
  const fromCode = keyFromCode(e.code);
  if (fromCode !== null) {
    const id = chordId({ ...base, key: fromCode });
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** Whether the event is the chord written as `text`. */
export function matchesChord(text: string, e: KeyEventLike, mac = false): boolean {
  return eventChordIds(e).includes(normalizeChord(text, mac));
}

/** Whether the event is only a modifier being pressed (nothing to match yet). */
export function isModifierOnly(e: KeyEventLike): boolean {
  return ['Control', 'Alt', 'Shift', 'Meta', 'AltGraph', 'OS'].includes(e.key);
}

/** How a chord is shown in menus and the palette (`Ctrl+Shift+P`, `Alt+1`). */
export function formatChord(text: string, mac = false): string {
  const c = parseChord(text, mac);
  const names: string[] = [];
  if (c.ctrl) names.push('Ctrl');
  if (c.alt) names.push(mac ? '⌥' : 'Alt');
  if (c.shift) names.push('Shift');
  if (c.meta) names.push(mac ? '⌘' : 'Win');
  const special: Record<string, string> = {
    escape: 'Esc', enter: 'Enter', space: 'Space', arrowup: '↑', arrowdown: '↓', arrowleft: '←', arrowright: '→',
    delete: 'Del', backspace: 'Backspace', tab: 'Tab',
  };
  names.push(special[c.key] ?? (c.key.length === 1 ? c.key.toUpperCase() : c.key.replace(/^f(\d+)$/, 'F$1')));
  return names.join('+');
}
