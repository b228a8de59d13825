/**
 * Duban's light and dark themes. Pages call `useThemeMode()` and read the constants below; AG
 * Grid pages import `gridTheme` from '@renderer/theme/grid', chart pages pass
 * `echartsTheme(mode)` to `echarts.init`.
 */
export {
  ACCENT_RED, BRAND_COLOR, CHART_PALETTE, FONT_FAMILY, FONT_FAMILY_MONO, RATING_COLORS, THEME_COLORS, THEME_MODES,
  cssVariables, type ThemeColors, type ThemeMode,
} from './tokens';
export { getThemeMode, setThemeMode, toggleThemeMode, useThemeMode, useThemeStore } from './mode';
export { echartsTheme } from './charts';
export { antdTheme } from './antd';
