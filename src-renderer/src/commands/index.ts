/**
 * The app's one command registry. Features add their commands with `registerCommands([...])`
 * (at module load, or in an effect that returns the function it gives back).
 */
import { useEffect, useSyncExternalStore, type DependencyList } from 'react';
import { formatChord } from './keys';
import { createCommandRegistry, type Command } from './registry';

export {
  CommandConflictError, commandLabel, createCommandRegistry, findConflicts, isEnabled, type Command,
  type CommandErrorHandler, type CommandRegistry,
} from './registry';
export { formatChord, matchesChord, normalizeChord, parseChord, type KeyChord } from './keys';
export { sectionLabel } from './sections';

export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export const commandRegistry = createCommandRegistry({ mac: IS_MAC });

/** Adds commands to the app; returns the function that removes them. Throws on a key conflict. */
export function registerCommands(commands: readonly Command[]): () => void {
  return commandRegistry.register(commands);
}

/** Runs a command by id (menus, buttons, tests); false when unknown or disabled. */
export function runCommand(id: string): Promise<boolean> {
  return commandRegistry.run(id);
}

/** All registered commands; re-renders when commands are added or removed. */
export function useCommands(): readonly Command[] {
  return useSyncExternalStore(commandRegistry.subscribe, commandRegistry.list, commandRegistry.list);
}

/** The chords of a command as shown to the user. */
export function formatKeys(keys: readonly string[] | undefined): string[] {
  return (keys ?? []).map((k) => formatChord(k, IS_MAC));
}

/**
 * Registers commands while a component is mounted (a page's own actions). `make` runs again
 * when `deps` change; the previous commands are removed first.
 */
export function useRegisterCommands(make: () => readonly Command[], deps: DependencyList): void {
  useEffect(() => registerCommands(make()), deps); // eslint-disable-line react-hooks/exhaustive-deps
}
