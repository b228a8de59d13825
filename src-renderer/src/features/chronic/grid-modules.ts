import {
  CellStyleModule, ClientSideRowModelModule, ColumnAutoSizeModule, LocaleModule, ModuleRegistry, RowStyleModule,
  TooltipModule, ValidationModule,
} from 'ag-grid-community';

/** AG Grid Community modules of the case grid and the 吹哨报到 ledger (no Enterprise module). */
ModuleRegistry.registerModules([
  ClientSideRowModelModule, TooltipModule, CellStyleModule, RowStyleModule, ColumnAutoSizeModule, LocaleModule,
  ...(import.meta.env.DEV ? [ValidationModule] : []),
]);
