/** Header matching and the column plan of a file (DOMAIN.md section 2, first paragraph). */
import { EVENT_COLUMNS, TICKET_COLUMNS } from '../tickets/columns';
import type { CoreMessage } from '../../base/text/message';
import { importMessage } from './messages';
import type { ColumnReport, ImportTarget } from './types';

/** Trimmed, NFKC, case-folded: the form headers are compared in. */
export function foldHeader(h: string): string {
  return h.trim().normalize('NFKC').toLowerCase();
}

function buildIndex(cols: readonly { key: string; header: string; aliases: readonly string[] }[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const c of cols) {
    for (const name of [c.header, ...c.aliases]) {
      const f = foldHeader(name);
      if (!m.has(f)) m.set(f, c.key);
    }
  }
  return m;
}

const TICKET_INDEX = buildIndex(TICKET_COLUMNS);
const EVENT_INDEX = buildIndex(EVENT_COLUMNS);

/** The ticket or event key a header names (canonical header or alias), or null. */
export function matchHeader(header: string, target: ImportTarget): string | null {
  return (target === 'tickets' ? TICKET_INDEX : EVENT_INDEX).get(foldHeader(header)) ?? null;
}

/** Keys of the target's required columns, with their canonical headers. */
export function requiredColumns(target: ImportTarget): { key: string; header: string }[] {
  const cols: readonly { key: string; header: string; required?: boolean }[] = target === 'tickets' ? TICKET_COLUMNS : EVENT_COLUMNS;
  return cols.filter((c) => c.required).map((c) => ({ key: c.key, header: c.header }));
}

function validKeys(target: ImportTarget): Set<string> {
  const cols: readonly { key: string }[] = target === 'tickets' ? TICKET_COLUMNS : EVENT_COLUMNS;
  return new Set(cols.map((c) => c.key));
}

/** The name under which cell `index` (0-based) without a header is kept: `列27` for the 27th column. */
export function positionalName(index: number): string {
  return `列${index + 1}`;
}

export type ColumnPlan = {
  /** One entry per header cell, in file order. */
  columns: ColumnReport[];
  /** Names of extra columns (as kept in Ticket.extra), by index; '' for non-extra. */
  extraNames: string[];
  /** Canonical headers of required columns the file lacks. */
  missing: string[];
  /** Messages about the header row (duplicate columns, unknown mapping values). */
  notes: CoreMessage[];
};

/**
 * Maps each header to a key, 'extra' or 'ignore'. An explicit `mapping` (header as written, or
 * trimmed, → key | 'extra' | 'ignore') wins over matching; a key claimed by an earlier column
 * makes later ones extra. Empty headers become `列N`; repeated extra names get `(2)`, `(3)`….
 */
export function planColumns(headers: readonly string[], target: ImportTarget, mapping?: Record<string, string>): ColumnPlan {
  const keys = validKeys(target);
  const taken = new Set<string>();
  const names = new Set<string>();
  const columns: ColumnReport[] = [];
  const extraNames: string[] = [];
  const notes: CoreMessage[] = [];
  const explicit = new Map<string, string>(mapping ? Object.entries(mapping) : []);
  // Explicit choices first, so that a column the user picked for a key wins over one that
  // merely matches it by name, wherever the two stand in the file.
  const chosen = headers.map((raw): string | null => {
    const m = explicit.get(raw) ?? explicit.get(raw.trim());
    if (m === undefined) return null;
    if (m === 'extra' || m === 'ignore' || keys.has(m)) return m;
    notes.push(importMessage('import.badMapping', { column: raw.trim(), mapping: m }));
    return null;
  });
  chosen.forEach((k, i) => {
    if (k === null || k === 'extra' || k === 'ignore') return;
    if (taken.has(k)) {
      notes.push(importMessage('import.sameKeyEarlier', { column: headers[i]!.trim() }));
      chosen[i] = 'extra';
    } else taken.add(k);
  });
  headers.forEach((raw, index) => {
    const header = raw.trim();
    let key = chosen[index] ?? null;
    if (key === null) {
      key = matchHeader(header, target) ?? 'extra';
      if (key !== 'extra') {
        if (taken.has(key)) {
          notes.push(importMessage(explicit.size > 0 ? 'import.sameKeyOther' : 'import.sameKeyEarlier', { column: header }));
          key = 'extra';
        } else taken.add(key);
      }
    }
    let extraName = '';
    if (key === 'extra') {
      const base = header === '' ? positionalName(index) : header;
      extraName = base;
      for (let k = 2; names.has(extraName); k++) extraName = `${base}(${k})`;
      names.add(extraName);
    }
    columns.push({ index, header, key });
    extraNames.push(extraName);
  });
  const missing = requiredColumns(target).filter((r) => !taken.has(r.key)).map((r) => r.header);
  return { columns, extraNames, missing, notes };
}

/** The message refusing a file that lacks required columns. */
export function missingMessage(missing: readonly string[], target: ImportTarget): CoreMessage {
  return importMessage(target === 'tickets' ? 'import.missingTicketColumns' : 'import.missingEventColumns', { columns: missing.join('、') });
}
