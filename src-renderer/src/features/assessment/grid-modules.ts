import {
  CellStyleModule, ClientSideRowModelModule, ColumnAutoSizeModule, LocaleModule, ModuleRegistry, RowStyleModule,
  TooltipModule, ValidationModule,
} from 'ag-grid-community';

/** AG Grid Community modules of the ranking grid (no Enterprise module). Registered once. */
ModuleRegistry.registerModules([
  ClientSideRowModelModule, TooltipModule, CellStyleModule, RowStyleModule,
  ColumnAutoSizeModule, LocaleModule,
  ...(import.meta.env.DEV ? [ValidationModule] : []),
]);
