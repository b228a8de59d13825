/** Temporary page for a section whose feature has not landed yet (replaced by the shell). */
export function ComingPage() {
  return <div style={{ padding: 24 }}>即将推出</div>;
}
