import type { SortKey, TicketFilter, TicketQuery } from '@core/data/query/ticket-query';
import { formatLocalDate, DAY_MS } from '@core/base/time/shanghai';
import { t as translateNow, type Translate } from '@renderer/i18n';
import { headerOf } from './grid-columns';

/** The column a filter constrains; 'ids' filters (drill-downs to a list of tickets) have the key 'ids'. */
export function filterKey(f: TicketFilter): string {
  return f.kind === 'ids' ? 'ids' : f.column;
}

/** True when the filter constrains nothing and should be dropped instead of applied. */
export function isNoopFilter(f: TicketFilter): boolean {
  switch (f.kind) {
    case 'in':
      return false; // an empty choice list means "none", which is a real (empty) result
    case 'range':
      return f.from === undefined && f.to === undefined && !f.empty;
    case 'num':
      return f.min === undefined && f.max === undefined;
    case 'text':
      return f.contains.trim() === '';
    case 'ids':
      return false;
  }
}

/** `filters` with `f` replacing any filter on the same column (or removing it when `f` is a no-op). */
export function withFilter(filters: readonly TicketFilter[], f: TicketFilter): TicketFilter[] {
  const key = filterKey(f);
  const rest = filters.filter((x) => filterKey(x) !== key);
  return isNoopFilter(f) ? rest : [...rest, f];
}

/** `filters` without the ones on column `key`. */
export function withoutFilter(filters: readonly TicketFilter[], key: string): TicketFilter[] {
  return filters.filter((x) => filterKey(x) !== key);
}

/** The filter on column `key`, if any. */
export function filterOn(filters: readonly TicketFilter[], key: string): TicketFilter | undefined {
  return filters.find((x) => filterKey(x) === key);
}

const LIST_MAX = 3;

/**
 * A short description of a filter, in the interface language, for its tag, e.g. `承办单位：甲、乙 等 5 项`,
 * `受理时间：2025-01-01 ~ 2025-01-31`, `退单次数 ≥ 2`. Range `to` is exclusive, so the last
 * day shown is the day before it.
 */
export function describeFilter(f: TicketFilter, t: Translate = translateNow): string {
  switch (f.kind) {
    case 'in': {
      const name = headerOf(f.column, t);
      if (f.values.length === 0) return t('tickets.filter.inNone', { name });
      const values = f.values.slice(0, LIST_MAX).map((v) => (v === '' ? t('tickets.filter.blank') : v)).join(t('tickets.filter.listSep'));
      return f.values.length > LIST_MAX ? t('tickets.filter.inMore', { name, values, count: f.values.length }) : t('tickets.filter.in', { name, values });
    }
    case 'range': {
      const name = headerOf(f.column, t);
      const from = f.from !== undefined ? formatLocalDate(f.from) : '';
      const to = f.to !== undefined ? formatLocalDate(f.to - DAY_MS) : '';
      const span = from && to ? t('tickets.filter.rangeBoth', { from, to })
        : from ? t('tickets.filter.rangeFrom', { from }) : to ? t('tickets.filter.rangeTo', { to }) : '';
      if (f.empty) return span ? t('tickets.filter.rangeWithEmpty', { name, span }) : t('tickets.filter.isEmpty', { name });
      return t('tickets.filter.range', { name, span });
    }
    case 'num': {
      const name = headerOf(f.column, t);
      if (f.min !== undefined && f.max !== undefined) return f.min === f.max ? `${name} = ${f.min}` : `${name}：${f.min} ~ ${f.max}`;
      return f.min !== undefined ? `${name} ≥ ${f.min}` : `${name} ≤ ${f.max}`;
    }
    case 'text':
      return t('tickets.filter.contains', { name: headerOf(f.column, t), text: f.contains });
    case 'ids':
      return t('tickets.filter.ids', { count: f.ids.length });
  }
}

/** AG Grid's sort model as the engine's sort keys (order = priority, shift-click adds keys). */
export function sortFromModel(model: readonly { colId: string; sort: string | null | undefined }[]): SortKey[] {
  return model.filter((m) => m.sort === 'asc' || m.sort === 'desc').map((m) => ({ column: m.colId, desc: m.sort === 'desc' }));
}

/** True when two sorts are the same keys in the same order and directions. */
export function sameSort(a: readonly SortKey[] | undefined, b: readonly SortKey[] | undefined): boolean {
  const x = a ?? [], y = b ?? [];
  return x.length === y.length && x.every((k, i) => k.column === y[i]!.column && k.desc === y[i]!.desc);
}

/** A stable text key of what a query selects (filters and search), to know when to refetch. */
export function selectionKey(q: Pick<TicketQuery, 'filters' | 'search'>): string {
  return JSON.stringify([q.filters, q.search ?? '']);
}
