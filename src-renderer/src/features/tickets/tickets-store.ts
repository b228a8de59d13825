import { create } from 'zustand';
import type { SortKey, TicketFilter, TicketQuery } from '@core/data/query/ticket-query';
import { t } from '@renderer/i18n';
import { DEFAULT_PINNED, DEFAULT_VISIBLE_COLUMNS, EXTRA_PREFIX, GRID_COLUMNS } from './grid-columns';
import { sameSort, withFilter, withoutFilter } from './query-edit';
import type { SavedView } from './saved-view';

/** A drill-down from another page: its label and the filters it brought (removed together). */
export type DrillDown = { label: string; filters: TicketFilter[] };

/** UI state of the ticket grid (GUIDE.md example 7: state, not copies of the data). */
export type TicketsState = {
  filters: TicketFilter[];
  search: string;
  sort: SortKey[];
  drill: DrillDown | null;
  /** Visible column keys, in grid order. */
  columns: string[];
  pinned: string[];
  /** The saved view last applied or saved; any later change of filters, sort or columns clears it. */
  viewId: number | null;
  /** Rows matching the query (from the last engine answer); null before the first answer. */
  matched: number | null;
  selected: number;
  drawerId: string | null;
  /** Bumped when the sort must be pushed into the grid (drill-down, saved view). */
  sortEpoch: number;
  /** Extra-field columns seen in engine rows (`extra:<header>`), offered in the column chooser. */
  extraKeys: string[];

  setFilter(f: TicketFilter): void;
  removeFilter(key: string): void;
  clearFilters(): void;
  setSearch(s: string): void;
  /** The grid's sort as the user left it (the grid is the source; no epoch bump). */
  setSortFromGrid(sort: SortKey[]): void;
  removeDrill(): void;
  applyDrill(q: TicketQuery): void;
  applyView(v: SavedView): void;
  setColumnVisible(key: string, visible: boolean): void;
  setPinned(key: string, pinned: boolean): void;
  resetColumns(): void;
  setMatched(n: number | null): void;
  setSelected(n: number): void;
  openDrawer(id: string | null): void;
  setViewId(id: number | null): void;
  addExtraKeys(keys: readonly string[]): void;
};

const ORDER = new Map(GRID_COLUMNS.map((c, i) => [c.key, i]));
/** Ticket columns in canonical order, then extra fields in the order given; unknown keys dropped. */
export function inGridOrder(keys: Iterable<string>): string[] {
  const uniq = [...new Set(keys)];
  const core = uniq.filter((k) => ORDER.has(k)).sort((a, b) => ORDER.get(a)! - ORDER.get(b)!);
  return [...core, ...uniq.filter((k) => k.startsWith(EXTRA_PREFIX) && k.length > EXTRA_PREFIX.length)];
}

export const useTicketsStore = create<TicketsState>()((set, get) => ({
  filters: [],
  search: '',
  sort: [],
  drill: null,
  columns: [...DEFAULT_VISIBLE_COLUMNS],
  pinned: [...DEFAULT_PINNED],
  viewId: null,
  matched: null,
  selected: 0,
  drawerId: null,
  sortEpoch: 0,
  extraKeys: [],

  setFilter(f) {
    // A user's filter on a column replaces the drill-down's filter on it, so it leaves the drill set.
    const drill = get().drill;
    set({ filters: withFilter(get().filters, f), drill: drill ? { ...drill, filters: withoutFilter(drill.filters, keyOf(f)) } : null, viewId: null });
  },
  removeFilter(key) {
    set({ filters: withoutFilter(get().filters, key), viewId: null });
  },
  clearFilters() {
    set({ filters: [], search: '', drill: null, viewId: null });
  },
  setSearch(s) {
    if (s !== get().search) set({ search: s, viewId: null });
  },
  setSortFromGrid(sort) {
    if (!sameSort(sort, get().sort)) set({ sort, viewId: null });
  },
  removeDrill() {
    const { drill, filters } = get();
    if (!drill) return;
    set({ filters: filters.filter((f) => !drill.filters.includes(f)), drill: null, viewId: null });
  },
  applyDrill(q) {
    const filters = [...q.filters];
    set((s) => ({
      filters,
      search: q.search ?? '',
      sort: q.sort ?? [],
      drill: { label: q.label ?? t('tickets.views.drillLabel'), filters },
      viewId: null,
      sortEpoch: s.sortEpoch + 1,
    }));
  },
  applyView(v) {
    set((s) => ({
      filters: v.filters,
      search: v.search,
      sort: v.sort,
      drill: null,
      columns: v.columns.length ? inGridOrder(v.columns) : [...DEFAULT_VISIBLE_COLUMNS],
      pinned: v.pinned,
      viewId: v.id ?? null,
      sortEpoch: s.sortEpoch + 1,
    }));
  },
  setColumnVisible(key, visible) {
    const cols = get().columns.filter((k) => k !== key);
    if (visible) cols.push(key);
    set({ columns: inGridOrder(cols), viewId: null });
  },
  setPinned(key, pinned) {
    const p = get().pinned.filter((k) => k !== key);
    if (pinned) p.push(key);
    set({ pinned: p, viewId: null });
  },
  resetColumns() {
    set({ columns: [...DEFAULT_VISIBLE_COLUMNS], pinned: [...DEFAULT_PINNED], viewId: null });
  },
  setMatched(n) {
    set({ matched: n });
  },
  setSelected(n) {
    set({ selected: n });
  },
  openDrawer(id) {
    set({ drawerId: id });
  },
  setViewId(id) {
    set({ viewId: id });
  },
  addExtraKeys(keys) {
    const have = get().extraKeys;
    const add = keys.filter((k) => !have.includes(k));
    if (add.length) set({ extraKeys: [...have, ...add] });
  },
}));

function keyOf(f: TicketFilter): string {
  return f.kind === 'ids' ? 'ids' : f.column;
}

/** The engine query the grid shows now (sort included). */
export function currentQuery(s: Pick<TicketsState, 'filters' | 'search' | 'sort' | 'drill'>): TicketQuery {
  const q: TicketQuery = { filters: s.filters, sort: s.sort };
  const search = s.search.trim();
  if (search) q.search = search;
  if (s.drill) q.label = s.drill.label;
  return q;
}
