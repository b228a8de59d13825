import type { ProblemSelector } from '../campaigns/selector';
import { ticketMatches } from '../campaigns/selector-ticket';
import { monthIndexOf, parseLocalDate } from '../base/time/shanghai';
import type { Ticket } from '../data/tickets/ticket';
import { campaignSpecs } from './campaign-specs';
import { Rng } from './prng';

/**
 * The demo's campaigns work: after a campaign a share `drop` of its problems' tickets no longer
 * comes (rising linearly from 0 at the campaign start to `drop` at its end). The generator asks
 * {@link CampaignEffects.suppresses} of each generated ticket and draws another in its place when
 * told so, which keeps the ticket count exact. Draws come from a stream of their own, used only
 * for matching tickets, so tickets before the first campaign are exactly as without it.
 */
export type Effect = { selector: ProblemSelector; from: number; to: number; drop: number };

/**
 * The last full month of data ending on local day `end` (`YYYY-MM-DD`): its month when `end` is
 * the last day of a month, else the month before.
 */
export function lastFullMonth(end: string): number {
  const t = parseLocalDate(end);
  const m = monthIndexOf(t);
  return monthIndexOf(t + 86_400_000) !== m ? m : m - 1;
}

/** The effects of every demo campaign problem with a drop, for data ending on `end`. */
export function campaignEffects(end: string): Effect[] {
  const out: Effect[] = [];
  for (const c of campaignSpecs(lastFullMonth(end))) {
    for (const p of c.problems) if (p.drop > 0) out.push({ selector: p.selector, from: parseLocalDate(c.from), to: parseLocalDate(c.to), drop: p.drop });
  }
  return out;
}

/** Share of a problem's tickets suppressed at instant `t` (0 before the campaign). */
export function dropAt(e: Effect, t: number): number {
  if (t < e.from) return 0;
  if (t >= e.to) return e.drop;
  return (e.drop * (t - e.from)) / (e.to - e.from);
}

export class CampaignEffects {
  private readonly rng: Rng;
  private readonly first: number;

  constructor(private readonly effects: readonly Effect[], seed: number) {
    this.rng = new Rng(seed ^ 0x5bd1e995);
    this.first = Math.min(Infinity, ...effects.map((e) => e.from));
  }

  /** Whether the campaigns took `t` away (then the generator draws another ticket instead). */
  suppresses(t: Ticket): boolean {
    if (t.acceptedAt < this.first) return false;
    for (const e of this.effects) {
      const p = dropAt(e, t.acceptedAt);
      if (p > 0 && ticketMatches(e.selector, t) && this.rng.chance(p)) return true;
    }
    return false;
  }
}
