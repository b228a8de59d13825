import {
  CellStyleModule, ColumnApiModule, EventApiModule, InfiniteRowModelModule, LocaleModule, ModuleRegistry, RowSelectionModule, TooltipModule, ValidationModule,
} from 'ag-grid-community';

/**
 * AG Grid Community modules the ticket grid uses (no Enterprise module anywhere: row grouping,
 * pivot, set filter and Excel export are licensed). Registered once, when the grid loads.
 */
ModuleRegistry.registerModules([
  InfiniteRowModelModule,
  ColumnApiModule, // applyColumnState: sorts from drill-downs and saved views
  EventApiModule, // headers follow sort changes of other columns (multi-sort positions)
  RowSelectionModule,
  LocaleModule,
  TooltipModule,
  CellStyleModule,
  ...(import.meta.env.DEV ? [ValidationModule] : []),
]);
