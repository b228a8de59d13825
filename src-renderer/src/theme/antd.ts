import { theme, type ThemeConfig } from 'antd';
import { FONT_FAMILY, THEME_COLORS, type ThemeMode } from './tokens';

/**
 * The antd theme for a mode: the default or dark algorithm plus the compact one (dense screens
 * of figures), small radii and the government blue.
 */
export function antdTheme(mode: ThemeMode): ThemeConfig {
  const c = THEME_COLORS[mode];
  return {
    algorithm: mode === 'dark' ? [theme.darkAlgorithm, theme.compactAlgorithm] : [theme.defaultAlgorithm, theme.compactAlgorithm],
    cssVar: { key: 'duban' },
    token: {
      colorPrimary: c.primary,
      colorInfo: c.primary,
      colorSuccess: c.success,
      colorWarning: c.warning,
      colorError: c.danger,
      colorBgLayout: c.bg,
      colorBgContainer: c.surface,
      colorBorder: c.border,
      colorBorderSecondary: mode === 'dark' ? '#2a323d' : '#e6e9ef',
      colorText: c.text,
      colorTextSecondary: c.textSecondary,
      fontFamily: FONT_FAMILY,
      fontSize: 14,
      borderRadius: 3,
      borderRadiusLG: 4,
      borderRadiusSM: 2,
      wireframe: false,
    },
    components: {
      Layout: { siderBg: c.surface, headerBg: c.titleBar, bodyBg: c.bg, headerHeight: 48, headerPadding: '0 16px' },
      Menu: {
        itemHeight: 38, itemMarginInline: 6, itemBorderRadius: 3, iconSize: 15,
        itemSelectedBg: mode === 'dark' ? 'rgba(79, 143, 214, 0.18)' : '#e3ecf7',
        itemSelectedColor: c.primary,
        itemHoverBg: mode === 'dark' ? 'rgba(255, 255, 255, 0.06)' : '#eef1f5',
        itemActiveBg: mode === 'dark' ? 'rgba(79, 143, 214, 0.24)' : '#d6e3f3',
      },
      Card: { headerFontSize: 15 },
      Statistic: { contentFontSize: 26 },
    },
  };
}
