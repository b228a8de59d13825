/**
 * Colours and sizes of Duban's two themes, shared by antd (theme tokens), plain CSS (variables
 * set on <html>), AG Grid and ECharts, so every surface agrees. Sober government blue, dense.
 */
export type ThemeMode = 'light' | 'dark';
export const THEME_MODES: readonly ThemeMode[] = ['light', 'dark'];

/** The brand colour: the deep blue of government desktop software. */
export const BRAND_COLOR = '#1d4e89';
/** The accent red of the title bar mark (党政红). */
export const ACCENT_RED = '#c8102e';

export const FONT_FAMILY =
  '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "Source Han Sans SC", "Segoe UI", system-ui, sans-serif';
export const FONT_FAMILY_MONO = '"Noto Sans Mono CJK SC", Consolas, "DejaVu Sans Mono", monospace';

export type ThemeColors = {
  /** Page background behind cards. */
  bg: string;
  /** Cards, grids, panels. */
  surface: string;
  /** Raised surface: headers of grids and tables. */
  surfaceAlt: string;
  border: string;
  text: string;
  textSecondary: string;
  primary: string;
  /** Title bar background and text. */
  titleBar: string;
  titleBarText: string;
  success: string;
  warning: string;
  danger: string;
};

export const THEME_COLORS: Record<ThemeMode, ThemeColors> = {
  light: {
    bg: '#f0f2f5',
    surface: '#ffffff',
    surfaceAlt: '#f5f7fa',
    border: '#d9dee6',
    text: '#1f2329',
    textSecondary: '#5c6573',
    primary: BRAND_COLOR,
    titleBar: '#163e6e',
    titleBarText: '#ffffff',
    success: '#2e7d32',
    warning: '#b26a00',
    danger: '#c62828',
  },
  dark: {
    bg: '#12161c',
    surface: '#1b2129',
    surfaceAlt: '#232a34',
    border: '#323b47',
    text: '#e3e7ed',
    textSecondary: '#9aa4b2',
    primary: '#4f8fd6',
    titleBar: '#0d1b2e',
    titleBarText: '#e3e7ed',
    success: '#66bb6a',
    warning: '#ffb74d',
    danger: '#ef5350',
  },
};

/** Series colours for charts, in order; readable on both backgrounds. */
export const CHART_PALETTE: Record<ThemeMode, readonly string[]> = {
  light: ['#1d4e89', '#2e8b57', '#d9822b', '#c0392b', '#6c4f9e', '#138d90', '#b8860b', '#5d6d7e'],
  dark: ['#5b9bd5', '#5fbf8a', '#f0a04b', '#e06666', '#a58bd6', '#4fc1c4', '#e3c15a', '#a3b1bf'],
};

/** Colours for the three assessment bands (good / watch / poor), e.g. in rankings and maps. */
export const RATING_COLORS: Record<ThemeMode, { good: string; watch: string; poor: string }> = {
  light: { good: '#2e7d32', watch: '#b26a00', poor: '#c62828' },
  dark: { good: '#66bb6a', watch: '#ffb74d', poor: '#ef5350' },
};

/** CSS custom properties set on <html> for each theme (read by styles/*.css and by pages). */
export function cssVariables(mode: ThemeMode): Record<string, string> {
  const c = THEME_COLORS[mode];
  return {
    '--duban-bg': c.bg,
    '--duban-surface': c.surface,
    '--duban-surface-alt': c.surfaceAlt,
    '--duban-border': c.border,
    '--duban-text': c.text,
    '--duban-text-secondary': c.textSecondary,
    '--duban-primary': c.primary,
    '--duban-title-bar': c.titleBar,
    '--duban-title-bar-text': c.titleBarText,
    '--duban-success': c.success,
    '--duban-warning': c.warning,
    '--duban-danger': c.danger,
    '--duban-font': FONT_FAMILY,
    '--duban-font-mono': FONT_FAMILY_MONO,
  };
}
