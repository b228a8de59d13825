/** The campaigns list and a campaign's pages (placeholder until the campaigns UI lands). */
export function CampaignsPanel() {
  return <div data-testid="campaigns-panel" />;
}
