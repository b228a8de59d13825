import './grid-modules';
import { useEffect, useMemo, useRef } from 'react';
import { message } from 'antd';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef, GridApi, IDatasource, RowSelectionOptions } from 'ag-grid-community';
import { getEngine } from '@renderer/engine/client';
import type { GridRow } from '@renderer/engine/api';
import { useThemeMode } from '@renderer/theme';
import { gridTheme } from '@renderer/theme/grid';
import { formatGridCell } from './cell-format';
import { t, useLocale, useT } from '@renderer/i18n';
import { GRID_LOCALES } from '@renderer/i18n/grid-locale';
import { extraColumn, extraKeysOf, GRID_COLUMNS, localizedSpec, type GridColumnSpec } from './grid-columns';
import { HeaderCell, type HeaderCellParams } from './HeaderCell';
import { selectionKey, sortFromModel } from './query-edit';
import { currentQuery, useTicketsStore } from './tickets-store';

/** Rows per engine request: a screenful or two; the engine answers a window in milliseconds. */
const BLOCK = 200;

const ROW_SELECTION: RowSelectionOptions = {
  mode: 'multiRow',
  checkboxes: true,
  headerCheckbox: false,
  enableClickSelection: false,
};

function columnDef(spec: GridColumnSpec, visible: boolean, pinned: boolean): ColDef<GridRow> {
  return {
    colId: spec.key,
    headerName: spec.header,
    // A getter rather than `field`: extra-field headers may hold dots, which `field` reads as paths.
    valueGetter: (p) => p.data?.[spec.key] ?? null,
    valueFormatter: (p) => formatGridCell(spec, p.value as string | number | null),
    tooltipValueGetter: spec.key === 'content' || spec.key === 'reply' || spec.key === 'address'
      ? (p) => formatGridCell(spec, p.value as string | null)
      : undefined,
    hide: !visible,
    pinned: pinned ? 'left' : null,
    initialWidth: spec.width,
    sortable: true,
    resizable: true,
    type: spec.type === 'count' ? 'rightAligned' : undefined,
    headerComponent: HeaderCell,
    headerComponentParams: { spec } satisfies HeaderCellParams,
  };
}

/** The ticket grid: AG Grid's Infinite Row Model fed window by window from the engine. */
export function TicketGrid({ dataVersion, onReady }: {
  /** Changes when the store's contents change (an import, the demo, 清空数据): the grid refetches. */
  dataVersion: string;
  onReady?(api: GridApi<GridRow>): void;
}) {
  const mode = useThemeMode();
  const locale = useLocale();
  const tr = useT();
  const apiRef = useRef<GridApi<GridRow> | null>(null);
  const columns = useTicketsStore((s) => s.columns);
  const pinned = useTicketsStore((s) => s.pinned);
  const extraKeys = useTicketsStore((s) => s.extraKeys);
  const selKey = useTicketsStore((s) => selectionKey(s));
  const sortEpoch = useTicketsStore((s) => s.sortEpoch);

  const colDefs = useMemo(
    () => [...GRID_COLUMNS, ...extraKeys.map(extraColumn)].map((spec) => columnDef(localizedSpec(spec, tr), columns.includes(spec.key), pinned.includes(spec.key))),
    [columns, pinned, extraKeys, tr],
  );

  // A new datasource whenever the filters, the search or the data change: the grid drops its
  // cache and scrolls to the top. The sort comes from the grid itself (params.sortModel).
  const datasource = useMemo<IDatasource>(() => makeDatasource(`${selKey}|${dataVersion}`), [selKey, dataVersion]);

  // Push a sort decided outside the grid (drill-down, saved view) into the grid's columns.
  useEffect(() => {
    const api = apiRef.current;
    if (!api || sortEpoch === 0) return;
    pushSort(api);
  }, [sortEpoch]);

  return (
    <div style={{ flex: 1, minHeight: 0 }} data-testid="tickets-grid">
      <AgGridReact<GridRow>
        // AG Grid reads localeText once: a new grid when the language changes.
        key={locale}
        theme={gridTheme(mode)}
        localeText={GRID_LOCALES[locale]}
        columnDefs={colDefs}
        rowModelType="infinite"
        datasource={datasource}
        cacheBlockSize={BLOCK}
        maxBlocksInCache={50}
        infiniteInitialRowCount={1}
        getRowId={(p) => String(p.data.id)}
        rowSelection={ROW_SELECTION}
        selectionColumnDef={{ pinned: 'left', width: 44 }}
        tooltipShowDelay={500}
        // Two dozen columns at most: render them all, so headers and cells stay in the DOM for
        // screen readers and tests, whatever the horizontal scroll.
        suppressColumnVirtualisation
        onGridReady={(e) => {
          apiRef.current = e.api;
          if (useTicketsStore.getState().sort.length) pushSort(e.api);
          onReady?.(e.api);
        }}
        onSelectionChanged={(e) => useTicketsStore.getState().setSelected(e.api.getSelectedNodes().length)}
        onRowDoubleClicked={(e) => { if (e.data) useTicketsStore.getState().openDrawer(String(e.data.id)); }}
        onCellKeyDown={(e) => {
          const ke = e.event as KeyboardEvent | null | undefined;
          if (ke?.key === 'Enter' && e.data) useTicketsStore.getState().openDrawer(String(e.data.id));
        }}
      />
    </div>
  );
}

function pushSort(api: GridApi<GridRow>): void {
  const sort = useTicketsStore.getState().sort;
  api.applyColumnState({
    state: sort.map((k, i) => ({ colId: k.column, sort: k.desc ? 'desc' : 'asc', sortIndex: i })),
    defaultState: { sort: null },
  });
}

/** `_key` only names what the datasource is for; the query is read from the store on each request. */
function makeDatasource(_key: string): IDatasource {
  return {
    getRows(p) {
      const store = useTicketsStore.getState();
      const sort = sortFromModel(p.sortModel);
      store.setSortFromGrid(sort);
      const q = { ...currentQuery(store), sort };
      getEngine().query(q, { start: p.startRow, end: p.endRow }).then(
        (r) => {
          p.successCallback(r.rows, r.total);
          const s = useTicketsStore.getState();
          s.setMatched(r.total);
          s.addExtraKeys(extraKeysOf(r.rows.slice(0, 20)));
        },
        (e: unknown) => {
          p.failCallback();
          void message.error(t('tickets.readFailed', { error: e instanceof Error ? e.message : String(e) }));
        },
      );
    },
  };
}
