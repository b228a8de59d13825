import './grid-modules';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef, RowClassRules } from 'ag-grid-community';
import { useLocale } from '@renderer/i18n';
import { GRID_LOCALES } from '@renderer/i18n/grid-locale';
import { useThemeMode } from '@renderer/theme';
import { gridTheme } from '@renderer/theme/grid';

/**
 * The grid of the campaign pages (AG Grid Community, client-side rows): only the visible rows are
 * rendered, so a campaign with hundreds of tasks and a thousand reports opens without a long task.
 */
export function CampaignGrid<T extends { id: string }>({ rows, cols, height, testId, rowClassRules, noRows }: {
  rows: T[]; cols: ColDef<T>[]; height: number; testId: string; rowClassRules?: RowClassRules<T>; noRows: string;
}) {
  const locale = useLocale();
  const mode = useThemeMode();
  return (
    <div style={{ height }} data-testid={testId}>
      <AgGridReact<T>
        // AG Grid reads localeText once: a new grid when the language changes.
        key={locale}
        theme={gridTheme(mode)}
        localeText={GRID_LOCALES[locale]}
        rowData={rows}
        columnDefs={cols}
        getRowId={(p) => p.data.id}
        defaultColDef={{ sortable: true, resizable: true }}
        rowClassRules={rowClassRules}
        overlayNoRowsTemplate={noRows}
        tooltipShowDelay={300}
      />
    </div>
  );
}
