/** The 吹哨报到 ledger (placeholder until the campaigns UI lands). */
export function WhistlesPanel() {
  return <div data-testid="whistles-panel" />;
}
