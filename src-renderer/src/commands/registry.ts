import { eventChordIds, isModifierOnly, normalizeChord, type KeyEventLike } from './keys';

/**
 * One user action (GUIDE.md example 8): the menus, the shortcuts, the command palette and the
 * tests all read this one definition.
 */
export type Command = {
  /** Unique, dotted: `nav.tickets`, `view.toggleTheme`, `tickets.export`. */
  id: string;
  /** What the user sees; a function when it follows the interface language. */
  label: string | (() => string);
  /** Key chords such as `Ctrl+K`, `Alt+1`; each may belong to one command only. */
  keys?: readonly string[];
  /** Groups the command in the palette and menus: 'navigation', 'view', 'data', 'help' or a feature's name. */
  section: string;
  perform: () => void | Promise<void>;
  /** When false the command is greyed out in menus, skipped by its keys and hidden from the palette. */
  enabled?: () => boolean;
  /** Keeps the command out of the palette (e.g. the palette's own opener). */
  hidden?: boolean;
  /** Also fires while the focus is in a text field, even without Ctrl/Alt (e.g. Escape). */
  inInputs?: boolean;
};

/** Thrown when a command reuses a key chord another command holds. */
export class CommandConflictError extends Error {
  constructor(readonly chord: string, readonly existing: string, readonly incoming: string) {
    super(`快捷键 ${chord} 已被命令“${existing}”占用，不能再分配给“${incoming}”。请为其中一个命令换一个快捷键。`);
    this.name = 'CommandConflictError';
  }
}

export function commandLabel(c: Command): string {
  return typeof c.label === 'function' ? c.label() : c.label;
}

export function isEnabled(c: Command): boolean {
  return c.enabled ? c.enabled() : true;
}

/** Pairs of commands that share a chord: `[chordId, firstId, secondId]`. */
export function findConflicts(commands: readonly Command[], mac = false): [string, string, string][] {
  const owner = new Map<string, string>();
  const out: [string, string, string][] = [];
  for (const c of commands) {
    for (const k of c.keys ?? []) {
      const id = normalizeChord(k, mac);
      const prev = owner.get(id);
      if (prev !== undefined && prev !== c.id) out.push([id, prev, c.id]);
      else owner.set(id, c.id);
    }
  }
  return out;
}

export type CommandRegistry = {
  /** Adds commands; returns a function that removes exactly these. Throws CommandConflictError. */
  register(commands: readonly Command[]): () => void;
  list(): readonly Command[];
  get(id: string): Command | undefined;
  /** The enabled command bound to the event's chord, if any. */
  forEvent(e: KeyEventLike): Command | undefined;
  /** Runs a command by id if it exists and is enabled; returns whether it ran. */
  run(id: string): Promise<boolean>;
  subscribe(listener: () => void): () => void;
};

/** Errors thrown by `perform` go here (the shell shows them as messages). */
export type CommandErrorHandler = (error: unknown, command: Command) => void;

export function createCommandRegistry(options: { mac?: boolean; onError?: CommandErrorHandler } = {}): CommandRegistry & {
  setErrorHandler(handler: CommandErrorHandler): void;
} {
  const mac = options.mac ?? false;
  let onError: CommandErrorHandler = options.onError ?? ((error) => { throw error; });
  const byId = new Map<string, Command>();
  const byChord = new Map<string, Command>();
  let snapshot: readonly Command[] = [];
  const listeners = new Set<() => void>();

  const changed = () => {
    snapshot = [...byId.values()];
    for (const l of listeners) l();
  };

  const unbind = (c: Command) => {
    for (const k of c.keys ?? []) {
      const id = normalizeChord(k, mac);
      if (byChord.get(id) === c) byChord.delete(id);
    }
  };

  const perform = async (c: Command) => {
    try { await c.perform(); } catch (error) { onError(error, c); }
  };

  return {
    register(commands) {
      // Check the whole batch before changing anything, so a conflict leaves the registry as it was.
      const claimed = new Map<string, Command>();
      for (const c of commands) {
        for (const k of c.keys ?? []) {
          const id = normalizeChord(k, mac);
          const holder = claimed.get(id) ?? byChord.get(id);
          if (holder && holder.id !== c.id) throw new CommandConflictError(k, commandLabel(holder), commandLabel(c));
          claimed.set(id, c);
        }
      }
      for (const c of commands) {
        const old = byId.get(c.id);
        if (old) unbind(old);
        byId.set(c.id, c);
        for (const k of c.keys ?? []) byChord.set(normalizeChord(k, mac), c);
      }
      changed();
      return () => {
        let any = false;
        for (const c of commands) {
          if (byId.get(c.id) !== c) continue;
          unbind(c);
          byId.delete(c.id);
          any = true;
        }
        if (any) changed();
      };
    },
    list: () => snapshot,
    get: (id) => byId.get(id),
    forEvent(e) {
      if (isModifierOnly(e)) return undefined;
      for (const id of eventChordIds(e)) {
        const c = byChord.get(id);
        if (c && isEnabled(c)) return c;
      }
      return undefined;
    },
    async run(id) {
      const c = byId.get(id);
      if (!c || !isEnabled(c)) return false;
      await perform(c);
      return true;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => { listeners.delete(listener); };
    },
    setErrorHandler(handler) { onError = handler; },
  };
}
