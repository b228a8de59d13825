import '@renderer/features/chronic/grid-modules'; // the same AG Grid Community modules as the case grid
import { useMemo } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef } from 'ag-grid-community';
import { Tag } from 'antd';
import { useFormat, useLocale, useT, type MessageKey } from '@renderer/i18n';
import { GRID_LOCALES } from '@renderer/i18n/grid-locale';
import { useThemeMode } from '@renderer/theme';
import { gridTheme } from '@renderer/theme/grid';
import { REASON_KEYS, TYPE_KEYS, type WhistleRow } from './whistle-view';

const STATE_COLOR = { closed: 'default', open: 'processing', overdue: 'red' } as const;

/**
 * The ledger grid: one row per whistle (street, type, reason, matter, summoned units, deadline,
 * report-ins, outcome), overdue rows tinted. Double-click or Enter opens the whistle.
 */
export function WhistleGrid({ rows, onOpen, height = 420 }: { rows: WhistleRow[]; onOpen(id: string): void; height?: number }) {
  const t = useT();
  const f = useFormat();
  const locale = useLocale();
  const mode = useThemeMode();
  const cols = useMemo<ColDef<WhistleRow>[]>(() => [
    {
      field: 'id', headerName: t('whistles.col.id'), width: 150,
      cellRenderer: (p: { value: string }) => <a href="#" data-testid="whistle-link" onClick={(e) => { e.preventDefault(); onOpen(p.value); }}>{p.value}</a>,
    },
    { field: 'at', headerName: t('whistles.col.at'), width: 150, sort: 'desc', valueFormatter: (p) => f.dateTime(p.value as number) },
    { field: 'street', headerName: t('whistles.col.street'), width: 160, tooltipField: 'street' },
    { field: 'type', headerName: t('whistles.col.type'), width: 100, valueFormatter: (p) => t(`whistles.type.${TYPE_KEYS[p.value as keyof typeof TYPE_KEYS]}` as MessageKey) },
    { field: 'reason', headerName: t('whistles.col.reason'), width: 200, valueFormatter: (p) => t(`whistles.reason.${REASON_KEYS[p.value as keyof typeof REASON_KEYS]}` as MessageKey), tooltipValueGetter: (p) => t(`whistles.reason.${REASON_KEYS[p.value as keyof typeof REASON_KEYS]}` as MessageKey) },
    { field: 'matter', headerName: t('whistles.col.matter'), flex: 2, minWidth: 220, tooltipField: 'matter' },
    { headerName: t('whistles.col.summoned'), width: 200, valueGetter: (p) => p.data?.summoned.join('、') ?? '', tooltipValueGetter: (p) => p.data?.summoned.join('、') ?? '' },
    { field: 'deadline', headerName: t('whistles.col.deadline'), width: 150, valueFormatter: (p) => f.dateTime(p.value as number) },
    {
      colId: 'reportIns', headerName: t('whistles.col.reportIns'), width: 130,
      valueGetter: (p) => (p.data ? p.data.onTime + p.data.late : 0),
      cellRenderer: (p: { data?: WhistleRow }) => (p.data ? (
        <span data-testid="whistle-reportins">
          {t('whistles.reportInsOf', { done: p.data.onTime + p.data.late, total: p.data.summoned.length })}
          {p.data.late ? <Tag color="orange" style={{ marginLeft: 4 }}>{t('whistles.lateN', { n: p.data.late })}</Tag> : null}
        </span>
      ) : null),
    },
    {
      field: 'state', headerName: t('whistles.col.state'), width: 110,
      cellRenderer: (p: { value: WhistleRow['state'] }) => <Tag color={STATE_COLOR[p.value]} data-testid="whistle-state">{t(`whistles.state.${p.value}` as MessageKey)}</Tag>,
    },
    { field: 'outcome', headerName: t('whistles.col.outcome'), flex: 1, minWidth: 180, tooltipField: 'outcome', valueFormatter: (p) => (p.value as string | null) ?? '' },
  ], [t, f, onOpen]);
  return (
    <div style={{ height }} data-testid="whistle-grid">
      <AgGridReact<WhistleRow>
        key={locale}
        theme={gridTheme(mode)}
        localeText={GRID_LOCALES[locale]}
        rowData={rows}
        columnDefs={cols}
        getRowId={(p) => p.data.id}
        defaultColDef={{ sortable: true, resizable: true }}
        getRowStyle={(p) => (p.data?.state === 'overdue' ? { background: 'rgba(255, 77, 79, 0.10)' } : undefined)}
        onRowDoubleClicked={(e) => { if (e.data) onOpen(e.data.id); }}
        onCellKeyDown={(e) => { const k = (e.event as KeyboardEvent | null)?.key; if (k === 'Enter' && e.data) onOpen(e.data.id); }}
        overlayNoRowsTemplate={t('whistles.grid.noRows')}
        tooltipShowDelay={300}
      />
    </div>
  );
}
