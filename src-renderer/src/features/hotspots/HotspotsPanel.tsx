/** 热点 (诉求大数据分析, DOMAIN.md §9): placeholder until the hotspots view lands. */
export function HotspotsPanel() {
  return <div data-testid="hotspots-panel" />;
}
