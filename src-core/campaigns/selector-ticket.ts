import { normText } from '../base/text/normalize';
import type { Ticket } from '../data/tickets/ticket';
import { canonicalCategory, type ProblemSelector } from './selector';
import { categoryUnder } from './selector-match';

/**
 * Whether one ticket object matches `selector` (DOMAIN.md section 8, the same rule as the
 * column-wise matcher of selector-match.ts): dispatched, and every non-empty list matching. For
 * code that has tickets rather than a table, such as the demo generator planting a campaign's
 * effect.
 */
export function ticketMatches(selector: ProblemSelector, t: Ticket): boolean {
  if (t.unit === '' || t.status === '已撤销') return false;
  if (selector.categories.length > 0) {
    const path = canonicalCategory(t.category);
    if (path === '' || !selector.categories.some((p) => categoryUnder(path, canonicalCategory(p)))) return false;
  }
  if (selector.districts.length > 0 && (t.district === '' || !selector.districts.includes(t.district))) return false;
  if (selector.streets.length > 0 && !selector.streets.includes(`${t.district}/${t.street}`)) return false;
  if (selector.kinds.length > 0 && (t.kind === '' || !(selector.kinds as string[]).includes(t.kind))) return false;
  if (selector.keywords.length > 0) {
    const text = normText(t.content);
    if (!selector.keywords.some((k) => text.includes(normText(k)))) return false;
  }
  return true;
}
