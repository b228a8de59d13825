import {
  CellStyleModule, ClientSideRowModelModule, LocaleModule, ModuleRegistry, RowStyleModule, TooltipModule, ValidationModule,
} from 'ag-grid-community';

/** AG Grid Community modules of the campaign grids (tasks, reports, timeline); no Enterprise module. */
ModuleRegistry.registerModules([
  ClientSideRowModelModule, TooltipModule, CellStyleModule, RowStyleModule, LocaleModule,
  ...(import.meta.env.DEV ? [ValidationModule] : []),
]);
