import { colorSchemeDark, colorSchemeLight, themeQuartz, type Theme } from 'ag-grid-community';
import { FONT_FAMILY, THEME_COLORS, type ThemeMode } from './tokens';

const cache = new Map<ThemeMode, Theme>();

/**
 * The AG Grid theme for a mode (Quartz, dense rows, our colours and CJK fonts). Import this
 * module only from pages that show a grid, so the shell does not load AG Grid.
 */
export function gridTheme(mode: ThemeMode): Theme {
  let theme = cache.get(mode);
  if (theme) return theme;
  const c = THEME_COLORS[mode];
  theme = themeQuartz.withPart(mode === 'dark' ? colorSchemeDark : colorSchemeLight).withParams({
    fontFamily: FONT_FAMILY,
    fontSize: 13,
    headerFontSize: 13,
    headerFontWeight: 600,
    rowHeight: 30,
    headerHeight: 34,
    spacing: 6,
    borderRadius: 2,
    wrapperBorderRadius: 3,
    accentColor: c.primary,
    backgroundColor: c.surface,
    foregroundColor: c.text,
    headerBackgroundColor: c.surfaceAlt,
    borderColor: c.border,
  });
  cache.set(mode, theme);
  return theme;
}
