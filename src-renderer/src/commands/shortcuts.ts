import { commandRegistry } from './index';
import type { CommandRegistry } from './registry';

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(type);
}

/**
 * Listens for the registry's key chords on `target`. In text fields only chords with Ctrl, Alt
 * or ⌘ fire (plain keys belong to the field), unless the command says `inInputs`.
 */
export function installShortcuts(target: Window = window, registry: CommandRegistry = commandRegistry): () => void {
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.isComposing) return;
    const command = registry.forEvent(e);
    if (!command) return;
    if (isTextField(e.target) && !(e.ctrlKey || e.altKey || e.metaKey) && !command.inInputs) return;
    e.preventDefault();
    e.stopPropagation();
    if (e.repeat) return;
    void registry.run(command.id);
  };
  target.addEventListener('keydown', onKeyDown, true);
  return () => target.removeEventListener('keydown', onKeyDown, true);
}
