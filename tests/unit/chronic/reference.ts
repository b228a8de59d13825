/**
 * An independent brute-force reading of DOMAIN.md section 6, written from the text without the
 * detection code: plain objects, string keys, every pair compared. The tests compare the fast
 * index against it on random data.
 */
import type { FlowEvent, Ticket } from '@core/data/tickets/ticket';

const DAY = 86_400_000;
const HOUR8 = 8 * 3_600_000;

export type RefCase = { rule: 'R1' | 'R2' | 'R6'; tickets: string[] };
export type RefResult = { cases: RefCase[]; flags: Map<string, string[]>; pairs: [string, string][] };

function norm(s: string): string {
  return s.normalize('NFKC').replace(/\s/gu, '');
}
function addrKey(s: string): string {
  return norm(s).replace(/[\p{P}\p{S}]/gu, '').toLowerCase();
}
function phoneKey(s: string): string {
  const d = s.replace(/[^0-9]/g, '');
  if (d.length > 11 && d.startsWith('0086')) return d.slice(4);
  if (d.length > 11 && d.startsWith('86')) return d.slice(2);
  return d;
}
function level(path: string, k: number): string {
  return path.split(/[/>＞]/).map((x) => x.trim()).filter(Boolean).slice(0, k).join('/');
}
function endOfDay(asOf: string): number {
  const [y, m, d] = asOf.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d! + 1) - HOUR8;
}
function chains(list: Ticket[], gapDays: number): Ticket[][] {
  const s = [...list].sort((a, b) => a.acceptedAt - b.acceptedAt || (a.id < b.id ? -1 : 1));
  const out: Ticket[][] = [];
  for (const t of s) {
    const last = out[out.length - 1];
    if (last && t.acceptedAt - last[last.length - 1]!.acceptedAt <= gapDays * DAY) last.push(t);
    else out.push([t]);
  }
  return out.filter((c) => c.length >= 3);
}
function grams(text: string): Set<string> {
  const cps = Array.from(norm(text).replace(/[0-9]/g, '#'));
  const g = new Set<string>();
  if (cps.length < 3) return g;
  for (let i = 0; i + 3 <= cps.length; i++) g.add(cps.slice(i, i + 3).join(''));
  return g;
}
export function refJaccard(a: string, b: string): number {
  const x = grams(a), y = grams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let inter = 0;
  for (const g of x) if (y.has(g)) inter++;
  return inter / (x.size + y.size - inter);
}

function group(list: Ticket[], key: (t: Ticket) => string | null): Map<string, Ticket[]> {
  const m = new Map<string, Ticket[]>();
  for (const t of list) {
    const k = key(t);
    if (k === null) continue;
    m.set(k, [...(m.get(k) ?? []), t]);
  }
  return m;
}

export function reference(tickets: Ticket[], asOf: string, events?: FlowEvent[]): RefResult {
  const end = endOfDay(asOf);
  const vis = tickets.filter((t) => t.acceptedAt < end);
  const cases: RefCase[] = [];
  const add = (rule: RefCase['rule'], c: Ticket[]): void => { cases.push({ rule, tickets: c.map((t) => t.id).sort() }); };
  for (const l of group(vis, (t) => (addrKey(t.address) && level(t.category, 2) ? `${addrKey(t.address)}\u0000${level(t.category, 2)}` : null)).values()) {
    for (const c of chains(l, 90)) add('R1', c);
  }
  for (const l of group(vis, (t) => (phoneKey(t.callerPhone) && level(t.category, 1) ? `${phoneKey(t.callerPhone)}\u0000${level(t.category, 1)}` : null)).values()) {
    for (const c of chains(l, 30)) add('R2', c);
  }
  // R6: every pair inside a street, union-find over the links.
  const pairs: [string, string][] = [];
  const parent = new Map<string, string>();
  const find = (x: string): string => { while (parent.get(x) !== x) x = parent.get(x)!; return x; };
  for (const l of group(vis, (t) => (t.street ? `${t.district}/${t.street}` : null)).values()) {
    for (const t of l) parent.set(t.id, t.id);
    for (let i = 0; i < l.length; i++) {
      for (let j = i + 1; j < l.length; j++) {
        if (refJaccard(l[i]!.content, l[j]!.content) >= 0.6) {
          pairs.push([l[i]!.id, l[j]!.id]);
          const a = find(l[i]!.id), b = find(l[j]!.id);
          if (a !== b) parent.set(a, b);
        }
      }
    }
    for (const comp of group(l, (t) => find(t.id)).values()) for (const c of chains(comp, 90)) add('R6', c);
  }
  // Flags.
  const evs = new Map<string, FlowEvent[]>();
  for (const e of events ?? []) evs.set(e.ticket, [...(evs.get(e.ticket) ?? []), e]);
  const flags = new Map<string, string[]>();
  for (const t of vis) {
    const list = [...(evs.get(t.id) ?? [])].sort((a, b) => a.at - b.at || a.seq - b.seq);
    const reopens = events ? list.filter((e) => e.action === '重办').length : t.reopenCount ?? 0;
    const rejects = events ? list.filter((e) => e.action === '退单').length : t.rejectCount ?? 0;
    const seq = list.filter((e) => e.action === '派单' || e.action === '改派').map((e) => e.target);
    let abA = false;
    for (let i = 0; i < seq.length; i++) for (let j = i + 1; j < seq.length; j++) for (let k = j + 1; k < seq.length; k++) {
      if (seq[i] === seq[k] && seq[j] !== seq[i]) abA = true;
    }
    const rules: string[] = [];
    if (reopens >= 2) rules.push('R3');
    if (rejects >= 2 || abA) rules.push('R4');
    if (t.closedAt === null && t.status !== '已撤销' && t.dueAt !== null && end - t.dueAt > 30 * DAY) rules.push('R5');
    if (rules.length) flags.set(t.id, rules);
  }
  return { cases, flags, pairs };
}
