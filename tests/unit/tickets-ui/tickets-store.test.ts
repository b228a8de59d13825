import { beforeEach, describe, expect, it } from 'vitest';
import type { TicketFilter } from '@core/data/query/ticket-query';
import { DEFAULT_PINNED, DEFAULT_VISIBLE_COLUMNS } from '@renderer/features/tickets/grid-columns';
import { currentQuery, inGridOrder, useTicketsStore } from '@renderer/features/tickets/tickets-store';
import { parseSavedView } from '@renderer/features/tickets/saved-view';

const initial = useTicketsStore.getState();
beforeEach(() => useTicketsStore.setState(initial, true));
const S = () => useTicketsStore.getState();

const drillUnit: TicketFilter = { kind: 'in', column: 'unit', values: ['甲街道'] };
const drillMonth: TicketFilter = { kind: 'range', column: 'acceptedAt', from: 0, to: 1000 };

describe('drill-down', () => {
  it('applies filters, search, sort and label, and bumps the sort epoch', () => {
    S().applyDrill({ filters: [drillUnit, drillMonth], search: '噪音', sort: [{ column: 'acceptedAt', desc: true }], label: '甲街道 · 2025-01' });
    expect(currentQuery(S())).toEqual({
      filters: [drillUnit, drillMonth], search: '噪音', sort: [{ column: 'acceptedAt', desc: true }], label: '甲街道 · 2025-01',
    });
    expect(S().sortEpoch).toBe(1);
  });
  it('removing its tag removes its filters but keeps the user’s own', () => {
    S().applyDrill({ filters: [drillUnit, drillMonth], label: 'x' });
    const mine: TicketFilter = { kind: 'in', column: 'kind', values: ['投诉'] };
    S().setFilter(mine);
    S().removeDrill();
    expect(S().filters).toEqual([mine]);
    expect(S().drill).toBeNull();
    expect(currentQuery(S()).label).toBeUndefined();
  });
  it('a user filter on a drilled column replaces it and survives removing the drill', () => {
    S().applyDrill({ filters: [drillUnit, drillMonth], label: 'x' });
    const other: TicketFilter = { kind: 'in', column: 'unit', values: ['乙局'] };
    S().setFilter(other);
    expect(S().drill?.filters).toEqual([drillMonth]);
    S().removeDrill();
    expect(S().filters).toEqual([other]);
  });
});

describe('columns', () => {
  it('keeps canonical order, extras after, unknown keys dropped', () => {
    expect(inGridOrder(['unit', 'extra:b', 'id', 'nosuch', 'extra:a', 'id'])).toEqual(['id', 'unit', 'extra:b', 'extra:a']);
  });
  it('shows, hides, pins and resets', () => {
    S().setColumnVisible('reply', true);
    expect(S().columns).toContain('reply');
    S().setColumnVisible('reply', false);
    expect(S().columns).not.toContain('reply');
    S().setPinned('unit', true);
    S().setPinned('id', false);
    expect(S().pinned).toEqual(['unit']);
    S().resetColumns();
    expect(S().columns).toEqual(DEFAULT_VISIBLE_COLUMNS);
    expect(S().pinned).toEqual(DEFAULT_PINNED);
  });
});

describe('saved views', () => {
  it('round-trip through parseSavedView and apply', () => {
    const raw = {
      id: 7, owner: 'admin', name: '投诉', filters: [drillUnit], search: '', sort: [{ column: 'acceptedAt', desc: false }],
      columns: ['unit', 'id', 'gone'], pinned: ['id', 'gone'], savedAt: 1,
    };
    const v = parseSavedView(raw);
    expect(v).not.toBeNull();
    expect(v!.columns).toEqual(['unit', 'id']);
    expect(v!.pinned).toEqual(['id']);
    S().applyView(v!);
    expect(S().viewId).toBe(7);
    expect(S().columns).toEqual(['id', 'unit']);
    expect(S().filters).toEqual([drillUnit]);
    expect(S().sort).toEqual([{ column: 'acceptedAt', desc: false }]);
  });
  it('reject rows that are not views', () => {
    expect(parseSavedView({ name: 'x' })).toBeNull();
    expect(parseSavedView({ owner: 'a', name: 'x', filters: [{ kind: 'in', column: 'nosuch', values: [] }], columns: [] })).toBeNull();
  });
});

describe('current view id', () => {
  it('is cleared by any change after a view was applied', () => {
    const v = parseSavedView({ id: 3, owner: 'admin', name: 'v', filters: [], columns: ['id'] })!;
    const changes: (() => void)[] = [
      () => S().setFilter(drillUnit),
      () => S().setSearch('噪音'),
      () => S().setSortFromGrid([{ column: 'id', desc: true }]),
      () => S().setColumnVisible('reply', true),
      () => S().setPinned('unit', true),
      () => S().clearFilters(),
    ];
    for (const change of changes) {
      S().applyView(v);
      expect(S().viewId).toBe(3);
      change();
      expect(S().viewId).toBeNull();
    }
  });
  it('survives the grid reporting the same sort again', () => {
    S().applyView(parseSavedView({ id: 4, owner: 'admin', name: 'v', filters: [], columns: ['id'], sort: [{ column: 'id', desc: true }] })!);
    S().setSortFromGrid([{ column: 'id', desc: true }]);
    expect(S().viewId).toBe(4);
  });
});
