import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { launchApp, WelcomePageObject } from './harness';
import { seedLargeCampaign } from './harness/campaign-seed';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount: number };
it('probe', async () => {
  const app = await launchApp({ hash: '#/welcome?demo=3000', viewport: { width: 1440, height: 900 } });
  const page = app.page;
  await new WelcomePageObject(page).waitVisible();
  await new WelcomePageObject(page).loadDemo();
  await page.evaluate("location.hash = '#/campaigns?tab=campaigns'");
  await page.getByTestId('campaign-list').waitFor({ timeout: 30_000 });
  const id = await seedLargeCampaign(page, 200, 1000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const out: string[] = [];
  const step = async (name: string, fn: () => Promise<void>) => {
    await cdp.send('Profiler.start');
    await fn();
    await page.waitForTimeout(800);
    const { profile } = await cdp.send('Profiler.stop') as { profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] } };
    const self = new Map<string, number>();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((s, i) => { const n = byId.get(s)!; const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + profile.timeDeltas[i]! / 1000); });
    const top = [...self.entries()].filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)')).sort((a, b) => b[1] - a[1]).slice(0, 25);
    out.push(`== ${name}`, ...top.map(([k, v]) => `${v.toFixed(1)} ms  ${k}`));
  };
  await step('open', async () => { await page.evaluate(`location.hash = '#/campaigns?tab=campaigns&id=${id}'`); await page.locator('.ant-tabs-tab[data-node-key="tasks"]').waitFor(); });
  for (const [n, probe] of [['tasks', 'tasks-grid'], ['reports', 'reports-grid'], ['gantt', 'gantt-chart'], ['scorecard', 'scorecard-panel'], ['timeline', 'timeline-grid'], ['plan', 'milestones']] as const) {
    await step(n, async () => { await page.locator(`.ant-tabs-tab[data-node-key="${n}"]`).click(); await page.getByTestId(probe).first().waitFor(); });
  }
  writeFileSync('/tmp/cmp-probe.txt', out.join('\n'));
  await app.close();
});
