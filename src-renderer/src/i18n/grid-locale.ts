import type { Locale } from './catalog';

/**
 * AG Grid texts in Chinese, for the strings our grids can show (infinite row model, selection,
 * pinned columns, tooltips). Keys are AG Grid's localeText keys; AG Grid's own defaults are English.
 */
const GRID_LOCALE_ZH: Record<string, string> = {
  loadingOoo: '加载中…',
  loadingError: '加载出错，请重试',
  noRowsToShow: '没有符合条件的工单',
  noMatchingRows: '没有符合条件的工单',
  page: '页',
  of: '/',
  to: '至',
  more: '更多',
  selectAll: '全选',
  selectAllSearchResults: '全选搜索结果',
  searchOoo: '搜索…',
  blanks: '（空白）',
  ariaChecked: '已选',
  ariaUnchecked: '未选',
  ariaRowSelect: '按空格键选择此行',
  ariaRowDeselect: '按空格键取消选择此行',
  ariaRowToggleSelection: '按空格键切换选择',
  ariaRowSelectAll: '按空格键全选',
  ariaSearch: '搜索',
  ariaSortableColumn: '按回车键排序',
  ariaLabelColumnMenu: '列菜单',
  ariaLabelSelectField: '选择字段',
  ariaLabelCellEditor: '单元格编辑',
  ariaLabelDialog: '对话框',
  ariaRowCountLabel: '行数',
  ariaColumnCountLabel: '列数',
  ariaHeaderSelection: '选择列',
  ariaSelectionColumn: '选择列',
  ariaPinnedColumn: '固定列',
  pinColumn: '固定列',
  pinLeft: '固定在左侧',
  pinRight: '固定在右侧',
  noPin: '取消固定',
  columns: '列',
  sortAscending: '升序',
  sortDescending: '降序',
  sortUnSort: '取消排序',
  copy: '复制',
  ctrlC: 'Ctrl+C',
};

/** The English texts where ours differ from AG Grid's defaults (it says "rows", we show tickets). */
const GRID_LOCALE_EN: Record<string, string> = {
  noRowsToShow: 'No matching tickets',
  noMatchingRows: 'No matching tickets',
};

/** AG Grid's `localeText` for each interface language (same object each call, so grids do not re-render). */
export const GRID_LOCALES = { 'zh-CN': GRID_LOCALE_ZH, en: GRID_LOCALE_EN } as const satisfies Record<Locale, Record<string, string>>;
