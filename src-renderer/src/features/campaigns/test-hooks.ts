/**
 * The campaign repository and operations on `window.__dubanCampaigns`, as the engine and the
 * platform are on window for the end-to-end tests and the benchmark: a test seeds a large
 * campaign through the same operations and repository the pages use (no second write path).
 */
import * as ops from '@core/campaigns/campaign-ops';
import { loadWorkCalendar } from '@renderer/features/chronic/case-repo';
import * as repo from './campaign-repo';

if (typeof window !== 'undefined' && !Object.prototype.hasOwnProperty.call(window, '__dubanCampaigns')) {
  Object.defineProperty(window, '__dubanCampaigns', { value: { ops, repo, loadWorkCalendar }, configurable: true });
}
