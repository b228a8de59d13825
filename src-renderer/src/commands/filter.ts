import { commandLabel, isEnabled, type Command } from './registry';

/**
 * The commands the palette lists for `query`: enabled, not hidden, every whitespace-separated
 * term found (case-insensitively) in the label, the section name or the id. Commands whose label
 * starts with the query come first; otherwise registration order is kept.
 */
export function filterCommands(commands: readonly Command[], query: string, sectionName: (s: string) => string = (s) => s): Command[] {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  const q = query.trim().toLowerCase();
  const hits = commands.filter((c) => {
    if (c.hidden || !isEnabled(c)) return false;
    const hay = `${commandLabel(c)} ${sectionName(c.section)} ${c.id}`.toLowerCase();
    return terms.every((term) => hay.includes(term));
  });
  if (!q) return hits;
  const starts = (c: Command) => (commandLabel(c).toLowerCase().startsWith(q) ? 0 : 1);
  return hits.map((c, i) => ({ c, i })).sort((a, b) => starts(a.c) - starts(b.c) || a.i - b.i).map((x) => x.c);
}
