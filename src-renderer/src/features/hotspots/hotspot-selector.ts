import type { ProblemSelector } from '@core/campaigns/selector';
import type { HotspotKey } from '@core/hotspots/keys';
import type { CampaignDraft } from '@renderer/features/campaigns/draft-link';

/**
 * Why a hotspot row cannot become a campaign problem's selector: the selector (DOMAIN.md §8) has
 * no unit field, and it cannot ask for a blank category, district or street.
 */
export type SelectorGap = 'unitOnly' | 'blank';

export type HotspotSelector =
  | { ok: true; selector: ProblemSelector; /** Keys left out of the selector (units). */ dropped: HotspotKey[] }
  | { ok: false; gap: SelectorGap };

/**
 * The problem selector of one hotspot group, from its key parts (in `by` order): a category of
 * any level becomes a category prefix (it matches its sub-categories at a segment boundary),
 * district and street (`district/street`) become lists of one. A unit has no place in a selector
 * and is dropped; a group of only a unit, or with a blank key, has no selector.
 */
export function hotspotSelector(by: readonly HotspotKey[], parts: readonly string[]): HotspotSelector {
  const sel: ProblemSelector = { categories: [], districts: [], streets: [], kinds: [], keywords: [] };
  const dropped: HotspotKey[] = [];
  for (let j = 0; j < by.length; j++) {
    const key = by[j]!, v = (parts[j] ?? '').trim();
    if (key === 'unit') { dropped.push(key); continue; }
    if (v === '') return { ok: false, gap: 'blank' };
    if (key === 'district') sel.districts.push(v);
    else if (key === 'street') sel.streets.push(v);
    else sel.categories.push(v);
  }
  if (dropped.length === by.length) return { ok: false, gap: 'unitOnly' };
  return { ok: true, selector: sel, dropped };
}

/** What a hotspot row hands to the new-campaign form: theme, problem name, selector and source. */
export function hotspotDraft(by: readonly HotspotKey[], parts: readonly string[], month: string, labels: { theme: string; source: string }): CampaignDraft | null {
  const s = hotspotSelector(by, parts);
  if (!s.ok) return null;
  const name = parts.filter((p, j) => by[j] !== 'unit' && p !== '').join(' × ');
  return { theme: labels.theme, problem: { name, selector: s.selector }, source: labels.source };
}

/** The group's label: key parts joined by ` × ` (blank parts shown as `blank`). */
export function groupText(parts: readonly string[], blank: string): string {
  return parts.map((p) => (p === '' ? blank : p)).join(' × ');
}
