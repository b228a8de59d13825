/**
 * The demo city's campaigns into the campaign tables, right after the demo tickets are loaded:
 * the engine's `campaign` op `demo` builds them through the campaign operations (the finished
 * campaign's evaluation from the tickets just loaded), storeDemoCampaigns stores them with their
 * evidence; the whistles of the same result go to the 吹哨报到 ledger (one engine run for both).
 */
import { getEngine } from '@renderer/engine/client';
import type { DemoResponse } from '@renderer/engine/computations/campaign';
import { platform } from '@renderer/platform';
import { storeDemoCampaigns } from './demo-campaign-store';
import { seedDemoWhistles } from './whistles/whistle-repo';

/** Builds the demo campaigns and whistles for the demo just loaded (same size and seed) in the engine and stores them. */
export async function seedDemoCampaigns(o: { tickets: number; seed: number }): Promise<void> {
  const data = await getEngine().run<DemoResponse>('campaign', { op: 'demo', tickets: o.tickets, seed: o.seed });
  await storeDemoCampaigns(data, platform);
  await seedDemoWhistles(data.whistles);
}
