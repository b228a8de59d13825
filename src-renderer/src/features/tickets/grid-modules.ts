import {
  CellStyleModule, InfiniteRowModelModule, LocaleModule, ModuleRegistry, RowSelectionModule, TooltipModule, ValidationModule,
} from 'ag-grid-community';

/**
 * AG Grid Community modules the ticket grid uses (no Enterprise module anywhere: row grouping,
 * pivot, set filter and Excel export are licensed). Registered once, when the grid loads.
 */
ModuleRegistry.registerModules([
  InfiniteRowModelModule,
  RowSelectionModule,
  LocaleModule,
  TooltipModule,
  CellStyleModule,
  ...(import.meta.env.DEV ? [ValidationModule] : []),
]);
