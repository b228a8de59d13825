import { CHART_PALETTE, FONT_FAMILY, THEME_COLORS, type ThemeMode } from './tokens';

/**
 * An ECharts theme object for a mode: pass it as `echarts.init(el, echartsTheme(mode))`.
 * Kept free of the echarts import so the shell does not load the chart library.
 */
export function echartsTheme(mode: ThemeMode): Record<string, unknown> {
  const c = THEME_COLORS[mode];
  const axis = {
    axisLine: { lineStyle: { color: c.border } },
    axisTick: { lineStyle: { color: c.border } },
    axisLabel: { color: c.textSecondary },
    splitLine: { lineStyle: { color: mode === 'dark' ? '#2a323d' : '#eceff3' } },
    nameTextStyle: { color: c.textSecondary },
  };
  return {
    color: [...CHART_PALETTE[mode]],
    backgroundColor: 'transparent',
    textStyle: { fontFamily: FONT_FAMILY, color: c.text },
    title: { textStyle: { color: c.text, fontSize: 14, fontWeight: 600 }, subtextStyle: { color: c.textSecondary } },
    legend: { textStyle: { color: c.textSecondary } },
    tooltip: {
      backgroundColor: c.surface,
      borderColor: c.border,
      textStyle: { color: c.text },
    },
    categoryAxis: axis,
    valueAxis: axis,
    timeAxis: axis,
    logAxis: axis,
  };
}
