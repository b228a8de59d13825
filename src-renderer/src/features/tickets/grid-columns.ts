import { TICKET_COLUMNS } from '@core/data/tickets/columns';
import { CODED_COLUMNS, TEXT_COLUMNS, TIME_COLUMNS } from '@core/data/table/ticket-table';
import type { ExportColumn, ExportColumnType } from '@core/data/export/view-cells';
import { t as translateNow, type MessageKey, type Translate } from '@renderer/i18n';

/** The column filters we build ourselves (AG Grid's set filter is Enterprise). */
export type ColumnFilterKind = 'text' | 'in' | 'range' | 'num';

/** One column of the ticket grid: the GridRow field it shows and how it is filtered. */
export type GridColumnSpec = {
  key: string;
  header: string;
  type: ExportColumnType;
  filter: ColumnFilterKind | null;
  /** Citizen personal data (DOMAIN.md section 7): masked in every cell. */
  personal: boolean;
  width: number;
  /** Shown when the user has not chosen columns yet. */
  visibleByDefault: boolean;
};

const CODED = new Set<string>(CODED_COLUMNS);
const TEXT = new Set<string>(TEXT_COLUMNS);
const TIME = new Set<string>(TIME_COLUMNS);

/** Engine fields that replace the file's counts: DOMAIN.md section 3 derives them from events when given. */
const DERIVED_COUNTS: Record<string, { key: string; header: string }> = {
  rejectCount: { key: 'rejects', header: '退单次数' },
  reopenCount: { key: 'reopens', header: '重办次数' },
};

const DEFAULT_VISIBLE = new Set([
  'id', 'acceptedAt', 'kind', 'category', 'content', 'district', 'street', 'callerName', 'callerPhone',
  'unit', 'status', 'dueAt', 'closedAt', 'satisfaction', 'rejects',
]);

const WIDTHS: Record<string, number> = {
  id: 150, content: 300, category: 200, address: 220, reply: 240, unit: 180, callerPhone: 130,
  callerName: 90, kind: 90, status: 100, urgency: 96, channel: 100, district: 100, street: 120,
};

/** Every column the grid can show, in the canonical order of DOMAIN.md section 2. */
export const GRID_COLUMNS: readonly GridColumnSpec[] = TICKET_COLUMNS.map((c): GridColumnSpec => {
  const derived = DERIVED_COUNTS[c.key];
  const key = derived?.key ?? c.key;
  const type: ExportColumnType = c.type === 'datetime' ? 'datetime' : c.type === 'count' ? 'count' : 'text';
  const filter: ColumnFilterKind | null = derived ? 'num'
    : TIME.has(c.key) ? 'range'
    : CODED.has(c.key) ? 'in'
    : TEXT.has(c.key) ? 'text'
    : null;
  return {
    key,
    header: derived?.header ?? c.header,
    type,
    filter,
    personal: c.personal === true,
    // Wide enough for the header text plus our sort, filter and menu icons.
    width: Math.max(WIDTHS[key] ?? (type === 'datetime' ? 160 : 120), [...(derived?.header ?? c.header)].length * 14 + 64),
    visibleByDefault: DEFAULT_VISIBLE.has(key),
  };
});

const BY_KEY = new Map(GRID_COLUMNS.map((c) => [c.key, c]));

/** The spec of a grid column, or undefined for an unknown key (e.g. from an old saved view). */
export function gridColumn(key: string): GridColumnSpec | undefined {
  return BY_KEY.get(key) ?? (key.startsWith(EXTRA_PREFIX) && key.length > EXTRA_PREFIX.length ? extraColumn(key) : undefined);
}

/** The header shown for a column key in the interface language; unknown keys show as themselves. */
export function headerOf(key: string, t: Translate = translateNow): string {
  const spec = gridColumn(key);
  return spec ? localHeader(spec, t) : key;
}

/** Keys of the file's count columns as the grid names them (rejectCount → rejects). */
const GRID_KEY_OF: Record<string, string> = { rejectCount: 'rejects', reopenCount: 'reopens' };

/**
 * A column's header in the interface language. Extra fields keep the header the file had;
 * exports keep the canonical Chinese `header` so the file can be imported again.
 */
export function columnHeader(key: string, fallback: string, t: Translate = translateNow): string {
  const id = `tickets.col.${GRID_KEY_OF[key] ?? key}`;
  return key.startsWith(EXTRA_PREFIX) ? fallback : t(id as MessageKey) === id ? fallback : t(id as MessageKey);
}

function localHeader(spec: GridColumnSpec, t: Translate): string {
  return columnHeader(spec.key, spec.header, t);
}

/**
 * The spec with its header in the interface language, for what the grid shows. A translated
 * header may be wider than the Chinese one: the column grows to fit it (Latin letters ≈ 8 px at
 * the grid's font, plus our sort, filter and menu icons), never shrinks.
 */
export function localizedSpec(spec: GridColumnSpec, t: Translate = translateNow): GridColumnSpec {
  const header = localHeader(spec, t);
  if (header === spec.header) return spec;
  return { ...spec, header, width: Math.max(spec.width, Math.ceil(header.length * 8) + 72) };
}

export const DEFAULT_VISIBLE_COLUMNS: readonly string[] = GRID_COLUMNS.filter((c) => c.visibleByDefault).map((c) => c.key);

/** 工单编号 is pinned left by default so the row stays identifiable while scrolling sideways. */
export const DEFAULT_PINNED: readonly string[] = ['id'];

/** Columns of an export of the view: the visible ones, in grid order. */
export function exportColumns(visible: readonly string[]): ExportColumn[] {
  return visible.flatMap((k) => {
    const c = gridColumn(k);
    return c ? [{ key: c.key, header: c.header, type: c.type }] : [];
  });
}

/** Prefix of extra-field keys in engine rows and sort keys (`extra:<header as written>`). */
export const EXTRA_PREFIX = 'extra:';

/** The grid column of an extra field (a column the file had that DOMAIN.md does not define). */
export function extraColumn(key: string): GridColumnSpec {
  return { key, header: key.slice(EXTRA_PREFIX.length), type: 'text', filter: null, personal: true, width: 140, visibleByDefault: false };
}

/** Extra-field keys present in `rows`, in first-seen order. */
export function extraKeysOf(rows: readonly Readonly<Record<string, unknown>>[]): string[] {
  const seen = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) if (k.startsWith(EXTRA_PREFIX)) seen.add(k);
  return [...seen];
}
