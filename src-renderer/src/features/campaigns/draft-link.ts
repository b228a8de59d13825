/**
 * The hand-off from another page (the 热点 view, a chronic case) to a new campaign: a link that
 * opens the campaigns tab with the new-campaign form pre-filled with a theme and one problem.
 * The draft travels in the route as base64url JSON, so it survives a reload and can be bookmarked.
 */
import type { ProblemSelector } from '@core/campaigns/selector';
import { parseSelector } from '@core/campaigns/selector';
import { formatHash } from '@renderer/app/router';

export type CampaignDraft = {
  theme: string;
  problem: { name: string; selector: ProblemSelector };
  /** Where the draft came from, shown on the form (e.g. "热点：公共服务/供水 × 南湖区，2026-10"). */
  source?: string;
};

const toBase64Url = (s: string): string => {
  const bytes = new TextEncoder().encode(s);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const fromBase64Url = (s: string): string => {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
};

/** The hash that opens the new-campaign form with `draft` filled in. */
export function campaignDraftHash(draft: CampaignDraft): string {
  return formatHash('campaigns', { tab: 'campaigns', draft: toBase64Url(JSON.stringify(draft)) });
}

/** The draft named by the route's `draft` parameter, or null when absent or not a valid draft. */
export function readCampaignDraft(params: Record<string, string>): CampaignDraft | null {
  if (!params.draft) return null;
  try {
    const raw = JSON.parse(fromBase64Url(params.draft)) as Partial<CampaignDraft>;
    const sel = parseSelector(raw.problem?.selector);
    if (!sel.ok || typeof raw.theme !== 'string' || typeof raw.problem?.name !== 'string') return null;
    return { theme: raw.theme, problem: { name: raw.problem.name, selector: sel.selector }, ...(typeof raw.source === 'string' ? { source: raw.source } : {}) };
  } catch {
    return null;
  }
}
