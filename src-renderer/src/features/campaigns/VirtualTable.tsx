import { useMemo, useState, type ReactNode } from 'react';
import { CaretDownOutlined, CaretUpOutlined } from '@ant-design/icons';

export type VColumn<T> = {
  key: string;
  title: string;
  /** Fixed width in px, or a flex share of the rest (with a minimum width). */
  width?: number;
  flex?: number;
  minWidth?: number;
  align?: 'left' | 'right';
  render: (row: T) => ReactNode;
  /** Makes the column sortable by clicking its header. */
  compare?: (a: T, b: T) => number;
  /** Plain text for the cell's tooltip. */
  tip?: (row: T) => string;
};

const ROW = 32;
const OVERSCAN = 6;

/**
 * A virtualized table: only the rows in view (and a few around) are in the DOM, as plain
 * elements, so a campaign's thousand reports open and scroll in a few milliseconds. Columns sort
 * by clicking their header (again: the other way, a third time: as given).
 */
export function VirtualTable<T extends { id: string }>({ rows, columns, height, testId, empty, rowClass, defaultSort }: {
  rows: readonly T[]; columns: VColumn<T>[]; height: number; testId: string; empty: string;
  rowClass?: (row: T) => string | undefined; defaultSort?: { key: string; desc: boolean };
}) {
  const [top, setTop] = useState(0);
  const [sort, setSort] = useState<{ key: string; desc: boolean } | null>(defaultSort ?? null);
  const sorted = useMemo(() => {
    const col = sort ? columns.find((c) => c.key === sort.key) : undefined;
    if (!col?.compare) return rows;
    const cmp = col.compare;
    const out = [...rows].sort(cmp);
    return sort!.desc ? out.reverse() : out;
  }, [rows, columns, sort]);
  const bodyHeight = height - ROW;
  const first = Math.max(0, Math.floor(top / ROW) - OVERSCAN);
  const last = Math.min(sorted.length, Math.ceil((top + bodyHeight) / ROW) + OVERSCAN);
  const minWidth = columns.reduce((s, c) => s + (c.width ?? c.minWidth ?? 120), 0);
  const cell = (c: VColumn<T>) => ({
    flex: c.width ? `0 0 ${c.width}px` : `${c.flex ?? 1} 1 ${c.minWidth ?? 120}px`,
    minWidth: c.width ?? c.minWidth ?? 120,
    textAlign: c.align ?? 'left',
  } as const);
  const clickHeader = (c: VColumn<T>): void => {
    if (!c.compare) return;
    setSort((s) => (!s || s.key !== c.key ? { key: c.key, desc: false } : !s.desc ? { key: c.key, desc: true } : null));
  };
  return (
    <div className="vtable" style={{ height }} data-testid={testId} role="table" aria-rowcount={sorted.length}>
      <div className="vtable-scroll" onScroll={(e) => setTop(e.currentTarget.scrollTop)}>
        <div style={{ minWidth }}>
          <div className="vtable-head" role="row">
            {columns.map((c) => (
              <div key={c.key} role="columnheader" className={c.compare ? 'vtable-sortable' : undefined} style={cell(c)} onClick={() => clickHeader(c)}
                aria-sort={sort?.key === c.key ? (sort.desc ? 'descending' : 'ascending') : undefined}>
                {c.title}
                {sort?.key === c.key && (sort.desc ? <CaretDownOutlined /> : <CaretUpOutlined />)}
              </div>
            ))}
          </div>
          {sorted.length === 0 ? <div className="vtable-empty">{empty}</div> : (
            <div style={{ height: sorted.length * ROW, position: 'relative' }}>
              {sorted.slice(first, last).map((r, i) => (
                <div key={r.id} role="row" className={`vtable-row ${rowClass?.(r) ?? ''}`} style={{ top: (first + i) * ROW }}>
                  {columns.map((c) => <div key={c.key} role="cell" style={cell(c)} title={c.tip?.(r)}>{c.render(r)}</div>)}
                </div>
              ))}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
