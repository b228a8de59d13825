/**
 * Independent, brute-force checks of the chronic rules of DOMAIN.md section 6, used by the
 * demo tests to confirm that the planted patterns are really in the data. Deliberately simple
 * (no MinHash, exact Jaccard) and separate from the production chronic engine.
 */
import { addressKey, categoryLevel, normText, phoneKey } from '@core/base/text/normalize';
import type { FlowEvent, Ticket } from '@core/data/tickets/ticket';

const DAY = 86_400_000;

/** Gap chains (DOMAIN.md section 6) of ≥ 3 tickets per key; returns the chains as ticket lists. */
export function gapChains(tickets: readonly Ticket[], key: (t: Ticket) => string, days: number): Ticket[][] {
  const by = new Map<string, Ticket[]>();
  for (const t of tickets) {
    const k = key(t);
    if (k === '') continue;
    let l = by.get(k);
    if (!l) by.set(k, (l = []));
    l.push(t);
  }
  const out: Ticket[][] = [];
  for (const l of by.values()) {
    if (l.length < 3) continue;
    l.sort((a, b) => a.acceptedAt - b.acceptedAt || (a.id < b.id ? -1 : 1));
    let chain = [l[0]!];
    for (let i = 1; i < l.length; i++) {
      if (l[i]!.acceptedAt - l[i - 1]!.acceptedAt <= days * DAY) chain.push(l[i]!);
      else {
        if (chain.length >= 3) out.push(chain);
        chain = [l[i]!];
      }
    }
    if (chain.length >= 3) out.push(chain);
  }
  return out;
}

/** R1: same address key and category level 2, D = 90. */
export const r1Chains = (ts: readonly Ticket[]): Ticket[][] =>
  gapChains(ts, (t) => { const a = addressKey(t.address), c = categoryLevel(t.category, 2); return a && c ? `${a}|${c}` : ''; }, 90);

/** R2: same phone key and category level 1, D = 30. */
export const r2Chains = (ts: readonly Ticket[]): Ticket[][] =>
  gapChains(ts, (t) => { const p = phoneKey(t.callerPhone), c = categoryLevel(t.category, 1); return p && c ? `${p}|${c}` : ''; }, 30);

/** Dispatch sequence per ticket: targets of 派单 and 改派 in time order. */
export function dispatchSequences(events: readonly FlowEvent[]): Map<string, string[]> {
  const sorted = [...events].sort((a, b) => (a.ticket < b.ticket ? -1 : a.ticket > b.ticket ? 1 : a.at - b.at || a.seq - b.seq));
  const out = new Map<string, string[]>();
  for (const e of sorted) {
    if (e.action !== '派单' && e.action !== '改派') continue;
    let l = out.get(e.ticket);
    if (!l) out.set(e.ticket, (l = []));
    l.push(e.target);
  }
  return out;
}

/** A → B → A somewhere in a dispatch sequence. */
export function pingPong(seq: readonly string[]): boolean {
  const seen = new Set<string>();
  for (let i = 0; i < seq.length; i++) {
    if (i > 0 && seq[i] !== seq[i - 1] && seen.has(seq[i]!)) return true;
    seen.add(seq[i]!);
  }
  return false;
}

/** Character 3-gram set of content normalized as in R6 (normText, digits → #). */
export function grams(content: string): Set<string> {
  const s = normText(content).replace(/\d/g, '#');
  const out = new Set<string>();
  const cs = [...s];
  for (let i = 0; i + 3 <= cs.length; i++) out.add(cs[i]! + cs[i + 1]! + cs[i + 2]!);
  return out;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const g of a) if (b.has(g)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 0 : inter / union;
}

/**
 * R6 cases: within each street, link tickets whose content Jaccard ≥ 0.6, take connected
 * components, split them into gap chains (D = 90), keep those of ≥ 3. `sameCategory` limits
 * pairs to one category (a shortcut for large cities; exact when false).
 */
export function r6Cases(tickets: readonly Ticket[], sameCategory = false): Ticket[][] {
  const groups = new Map<string, Ticket[]>();
  for (const t of tickets) {
    if (!t.street || normText(t.content).length < 3) continue;
    const k = sameCategory ? `${t.district}/${t.street}|${t.category}` : `${t.district}/${t.street}`;
    let l = groups.get(k);
    if (!l) groups.set(k, (l = []));
    l.push(t);
  }
  const out: Ticket[][] = [];
  for (const l of groups.values()) {
    if (l.length < 3) continue;
    const gs = l.map((t) => grams(t.content));
    const parent = l.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    for (let i = 0; i < l.length; i++) for (let j = i + 1; j < l.length; j++) {
      if (jaccard(gs[i]!, gs[j]!) >= 0.6) parent[find(i)] = find(j);
    }
    const comps = new Map<number, Ticket[]>();
    l.forEach((t, i) => { const r = find(i); if (!comps.has(r)) comps.set(r, []); comps.get(r)!.push(t); });
    for (const c of comps.values()) if (c.length >= 3) out.push(...gapChains(c, () => 'x', 90));
  }
  return out;
}
