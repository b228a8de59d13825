import type { TicketTable } from '../data/table/ticket-table';
import { dictSize, dictValue } from '../data/table/dict';
import { DAY_MS, parseLocalDate } from '../base/time/shanghai';
import type { StringLookup } from '../data/table/string-column';
import { byTimeThenId, gapChains } from './gap-chain';
import { gramSet, jaccard } from './grams';
import { maskPhone } from '../data/masking/mask-phone';
import { bandKeys, worthChecking } from './minhash';
import type { ChronicRuleSet, FlagRuleId } from './rule-set';
import { emptyPostings, layoutByCode, lowerBound, mergePostings, type SortedPostings } from './sorted-keys';
import type { ChronicDetection, ChronicProgress, DetectedCase, DetectedFlag, SimilarLink } from './types';

/** The end of local day `asOf` (`YYYY-MM-DD`): the next local midnight; throws a Chinese message when malformed. */
export function asOfEndOf(asOf: string): number {
  const t = parseLocalDate(asOf);
  if (Number.isNaN(t)) throw new Error(`日期 "${asOf}" 无法识别，请写成 YYYY-MM-DD，例如 2025-06-30`);
  return t + DAY_MS;
}

type Progress = ((p: ChronicProgress) => void) | undefined;

/**
 * Incremental chronic-ticket detection (DOMAIN.md section 6) over a growing {@link TicketTable}.
 *
 * Indexes: rows in gap-chain order; per address / phone code the rows in that order (a counting
 * sort, rebuilt linearly); per LSH band a sorted postings list of (street, band hash) → row; a
 * union-find over R6 links. Cases are cached per address code (R1), phone code (R2) and R6
 * component; {@link update} recomputes only the keys and components that new rows touch.
 *
 * The table passed to {@link update} must extend the previous one: the same first rows with the
 * same dictionary codes (what buildTicketTable gives for the stored tickets followed by new ones).
 */
export class ChronicIndex {
  private table: TicketTable;
  private readonly rules: ChronicRuleSet;
  private asOfDay: string;
  private asOfEnd: number;
  private seen = 0;
  private pending: number[] = [];
  private included: Uint8Array = new Uint8Array(0);
  private order: Int32Array = new Int32Array(0);
  /** The included rows in id order (code points), merged on each update so flags need no sort. */
  private idOrder: Int32Array = new Int32Array(0);
  /** Per row: the last fresh row that listed it as an R6 candidate (dedupe without a Set). */
  private candMark: Int32Array = new Int32Array(0);
  private readonly r1 = new Map<number, DetectedCase[]>();
  private readonly r2 = new Map<number, DetectedCase[]>();
  private readonly r6 = new Map<number, DetectedCase[]>();
  // R6 state
  private readonly streetCodes = new Map<string, number>([['', 0]]);
  private readonly streetNames: string[] = [''];
  private streetOf: Int32Array = new Int32Array(0);
  private bands: SortedPostings[] = [];
  private parent: Int32Array = new Int32Array(0);
  /** Per row: the b-bit MinHash sketch (bands·rowsPerBand bytes) and the n-gram count. */
  private sketch: Uint8Array = new Uint8Array(0);
  private gramCount: Uint16Array = new Uint16Array(0);
  private next: Int32Array = new Int32Array(0);
  private readonly compEdges = new Map<number, number[]>();
  private readonly edgeA: number[] = [];
  private readonly edgeB: number[] = [];
  private readonly edgeSim: number[] = [];

  /** Builds the index over every row of `table` accepted before the end of day `asOf`. */
  constructor(table: TicketTable, rules: ChronicRuleSet, asOf: string, onProgress?: Progress) {
    this.table = table;
    this.rules = rules;
    this.asOfDay = asOf;
    this.asOfEnd = asOfEndOf(asOf);
    this.bands = Array.from({ length: rules.body.r6.bands }, emptyPostings);
    this.update(table, asOf, onProgress);
  }

  /**
   * Adds the rows of `table` beyond those seen before, and rows that became visible because
   * `asOf` moved forward; recomputes only the affected keys. Returns the number of rows added.
   * `asOf` may not move backwards (build a new index for an earlier date).
   */
  update(table: TicketTable, asOf: string = this.asOfDay, onProgress?: Progress): number {
    const end = asOfEndOf(asOf);
    if (end < this.asOfEnd) throw new Error(`增量检测的日期不能早于上次（${this.asOfDay}），请重新全量检测`);
    if (table.n < this.seen) throw new Error('增量检测的工单表比上次少，请重新全量检测');
    this.table = table;
    this.asOfDay = asOf;
    this.asOfEnd = end;
    const at = table.time.acceptedAt;
    const fresh: number[] = [];
    const still: number[] = [];
    for (const r of this.pending) (at[r]! < end ? fresh : still).push(r);
    for (let r = this.seen; r < table.n; r++) (at[r]! < end ? fresh : still).push(r);
    this.pending = still;
    this.seen = table.n;
    this.grow(table.n);
    if (fresh.length === 0) return 0;
    const cmp = byTimeThenId(at, table.text.id);
    fresh.sort(cmp);
    onProgress?.({ phase: 'order', done: 0, total: fresh.length });
    this.mergeOrder(fresh, cmp);
    this.mergeIdOrder(fresh, table.text.id);
    for (const r of fresh) this.included[r] = 1;
    const body = this.rules.body;
    if (body.r1.enabled) this.refreshKeyed('R1', fresh, onProgress);
    if (body.r2.enabled) this.refreshKeyed('R2', fresh, onProgress);
    if (body.r6.enabled) this.addSimilar(fresh, onProgress);
    return fresh.length;
  }

  /** The current result: every cached case plus the R3–R5 flags as of the index date. */
  detection(onProgress?: Progress): ChronicDetection {
    const cases: DetectedCase[] = [];
    for (const m of [this.r1, this.r2, this.r6]) for (const l of m.values()) cases.push(...l);
    const ids = this.table.text.id;
    const ruleOrder = { R1: 0, R2: 1, R6: 2 } as const;
    cases.sort((a, b) => ruleOrder[a.rule] - ruleOrder[b.rule] || a.firstAt - b.firstAt
      || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) || cmpStr(ids.get(a.rows[0]!), ids.get(b.rows[0]!)));
    const flags = this.flags(onProgress);
    const rs = this.rules;
    return {
      asOf: this.asOfDay, asOfEnd: this.asOfEnd, ruleSet: { id: rs.id, version: rs.version, sha256: rs.sha256 },
      cases, flags, visible: this.order.length,
    };
  }

  private grow(n: number): void {
    if (this.included.length >= n) return;
    // Headroom of 1/8 so that the usual delta (a day of new tickets) does not copy the arrays.
    const cap = Math.max(n + (n >> 3), Math.ceil(this.included.length * 1.25));
    const inc = new Uint8Array(cap); inc.set(this.included); this.included = inc;
    const st = new Int32Array(cap); st.set(this.streetOf); this.streetOf = st;
    const k = this.rules.body.r6.bands * this.rules.body.r6.rowsPerBand;
    const sk = new Uint8Array(cap * k); sk.set(this.sketch); this.sketch = sk;
    const gc = new Uint16Array(cap); gc.set(this.gramCount); this.gramCount = gc;
    const cm = new Int32Array(cap).fill(-1); cm.set(this.candMark); this.candMark = cm;
    const par = new Int32Array(cap); par.set(this.parent);
    const nx = new Int32Array(cap); nx.set(this.next);
    for (let i = this.parent.length; i < cap; i++) { par[i] = i; nx[i] = i; }
    this.parent = par; this.next = nx;
  }

  private mergeOrder(fresh: number[], cmp: (a: number, b: number) => number): void {
    const old = this.order;
    const out = new Int32Array(old.length + fresh.length);
    let i = 0, j = 0, w = 0;
    while (i < old.length && j < fresh.length) out[w++] = cmp(old[i]!, fresh[j]!) <= 0 ? old[i++]! : fresh[j++]!;
    while (i < old.length) out[w++] = old[i++]!;
    while (j < fresh.length) out[w++] = fresh[j++]!;
    this.order = out;
  }

  private mergeIdOrder(fresh: readonly number[], ids: StringLookup): void {
    // Each id is read once into a key (a packed column makes a string per read).
    const keys = fresh.map((r) => ids.get(r));
    const idx = Array.from(keys.keys()).sort((a, b) => cmpStr(keys[a]!, keys[b]!));
    const add = Int32Array.from(idx, (k) => fresh[k]!);
    const addKeys = idx.map((k) => keys[k]!);
    const old = this.idOrder;
    const out = new Int32Array(old.length + add.length);
    let i = 0, j = 0, w = 0;
    let oldKey = old.length > 0 ? ids.get(old[0]!) : '';
    while (i < old.length && j < add.length) {
      if (oldKey <= addKeys[j]!) { out[w++] = old[i++]!; if (i < old.length) oldKey = ids.get(old[i]!); } else out[w++] = add[j++]!;
    }
    while (i < old.length) out[w++] = old[i++]!;
    while (j < add.length) out[w++] = add[j++]!;
    this.idOrder = out;
  }

  /** R1 / R2: regroups rows by address (phone) code and recomputes the chains of touched codes. */
  private refreshKeyed(rule: 'R1' | 'R2', fresh: readonly number[], onProgress: Progress): void {
    const t = this.table;
    const keyCol = rule === 'R1' ? t.codes.addressKey : t.codes.phoneKey;
    const subCol = rule === 'R1' ? t.codes.category2 : t.codes.category1;
    const numCodes = dictSize(rule === 'R1' ? t.dicts.addressKey : t.dicts.phoneKey);
    const cfg = rule === 'R1' ? this.rules.body.r1 : this.rules.body.r2;
    const cache = rule === 'R1' ? this.r1 : this.r2;
    const touched = new Set<number>();
    for (const r of fresh) if (keyCol[r]! !== 0 && subCol[r]! !== 0) touched.add(keyCol[r]!);
    const layout = layoutByCode(this.order, keyCol, numCodes);
    const at = t.time.acceptedAt;
    let done = 0;
    for (const code of touched) {
      if (++done % 50_000 === 0) onProgress?.({ phase: rule, done, total: touched.size });
      const s = layout.start[code]!, e = layout.start[code + 1]!;
      cache.delete(code);
      if (e - s < cfg.minTickets) continue;
      const bySub = new Map<number, number[]>();
      for (let p = s; p < e; p++) {
        const r = layout.rows[p]!;
        const sub = subCol[r]!;
        if (sub === 0) continue;
        let l = bySub.get(sub);
        if (!l) bySub.set(sub, (l = []));
        l.push(r);
      }
      const found: DetectedCase[] = [];
      for (const [sub, rows] of bySub) {
        for (const chain of gapChains(rows, at, cfg.gapDays, cfg.minTickets)) {
          found.push(rule === 'R1' ? this.r1Case(chain, code, sub) : this.r2Case(chain, code, sub));
        }
      }
      if (found.length) cache.set(code, found);
    }
    onProgress?.({ phase: rule, done: touched.size, total: touched.size });
  }

  private baseCase(chain: number[]): Pick<DetectedCase, 'rows' | 'firstAt' | 'lastAt' | 'gapsDays'> {
    const at = this.table.time.acceptedAt;
    const gapsDays: number[] = [];
    for (let i = 1; i < chain.length; i++) gapsDays.push((at[chain[i]!]! - at[chain[i - 1]!]!) / DAY_MS);
    return { rows: chain, firstAt: at[chain[0]!]!, lastAt: at[chain[chain.length - 1]!]!, gapsDays };
  }

  private r1Case(chain: number[], addr: number, cat2: number): DetectedCase {
    const t = this.table;
    const addressKey = dictValue(t.dicts.addressKey, addr);
    const category2 = t.dicts.category2.values[cat2]!;
    const addresses = [...new Set(chain.map((r) => t.text.address.get(r)))];
    return { rule: 'R1', key: `${addressKey}|${category2}`, ...this.baseCase(chain), evidence: { rule: 'R1', addressKey, category2, addresses } };
  }

  private r2Case(chain: number[], phone: number, cat1: number): DetectedCase {
    const t = this.table;
    // The key carries the masked number only: DOMAIN.md section 7 masks phones everywhere.
    const phoneMasked = maskPhone(dictValue(t.dicts.phoneKey, phone));
    const category1 = t.dicts.category1.values[cat1]!;
    return { rule: 'R2', key: `${phoneMasked}|${category1}`, ...this.baseCase(chain), evidence: { rule: 'R2', phoneMasked, category1 } };
  }

  private streetCode(r: number): number {
    const t = this.table;
    const street = t.dicts.street.values[t.codes.street[r]!]!;
    if (street === '') return 0;
    const name = `${t.dicts.district.values[t.codes.district[r]!]!}/${street}`;
    let c = this.streetCodes.get(name);
    if (c === undefined) {
      c = this.streetNames.length;
      this.streetCodes.set(name, c);
      this.streetNames.push(name);
    }
    return c;
  }

  private find(x: number): number {
    const p = this.parent;
    while (p[x]! !== x) { p[x] = p[p[x]!]!; x = p[x]!; }
    return x;
  }

  /** Unites the components of a and b; returns [kept root, absorbed root] or null when already one. */
  private union(a: number, b: number): [number, number] | null {
    let ra = this.find(a), rb = this.find(b);
    if (ra === rb) return null;
    if (ra > rb) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    // Splice the two circular member lists into one.
    const na = this.next[ra]!;
    this.next[ra] = this.next[rb]!;
    this.next[rb] = na;
    return [ra, rb];
  }

  /** R6: LSH candidates among stored and fresh rows of the same street, verified by exact Jaccard. */
  private addSimilar(fresh: readonly number[], onProgress: Progress): void {
    const cfg = this.rules.body.r6;
    const t = this.table;
    const B = cfg.bands;
    const byStreet = new Map<number, number[]>();
    for (const r of fresh) {
      const s = this.streetCode(r);
      this.streetOf[r] = s;
      if (s === 0) continue;
      let l = byStreet.get(s);
      if (!l) byStreet.set(s, (l = []));
      l.push(r);
    }
    const streets = [...byStreet.keys()].sort((a, b) => a - b);
    const batchKeys: number[][] = Array.from({ length: B }, () => []);
    const batchRows: number[][] = Array.from({ length: B }, () => []);
    const touchedRoots = new Set<number>();
    const content = t.text.content;
    let done = 0;
    const total = fresh.length;
    for (const s of streets) {
      const rows = byStreet.get(s)!;
      const grams = new Map<number, Float64Array>();
      const gramsOf = (r: number): Float64Array => {
        let g = grams.get(r);
        if (!g) grams.set(r, (g = gramSet(content.get(r), cfg.gramSize, cfg.minTextLength)));
        return g;
      };
      const local: Map<number, number[]>[] = Array.from({ length: B }, () => new Map());
      const localBands: { row: number; keys: Uint32Array }[] = [];
      const base = s * 0x100000000;
      const K = B * cfg.rowsPerBand;
      for (const r of rows) {
        const g = gramsOf(r);
        const keys = bandKeys(g, B, cfg.rowsPerBand, this.sketch, r * K);
        if (!keys) continue;
        this.gramCount[r] = Math.min(g.length, 0xffff);
        localBands.push({ row: r, keys });
        const mark = this.candMark;
        const check = (o: number): void => {
          if (mark[o] === r) return;
          mark[o] = r;
          if (this.find(o) === this.find(r)) return;
          if (!worthChecking(this.sketch, r, o, K, this.gramCount[r]!, this.gramCount[o]!, cfg.threshold)) return;
          const sim = jaccard(g, gramsOf(o));
          if (sim >= cfg.threshold) this.link(o, r, sim, touchedRoots);
        };
        for (let b = 0; b < B; b++) {
          const k = base + keys[b]!;
          const post = this.bands[b]!;
          const from = lowerBound(post.keys, post.keys.length, k);
          for (let p = from; p < post.keys.length && p < from + BUCKET_CAP && post.keys[p] === k; p++) check(post.rows[p]!);
          const l = local[b]!.get(keys[b]!);
          if (!l) local[b]!.set(keys[b]!, [r]);
          else {
            for (const o of l) check(o);
            if (l.length < BUCKET_CAP) l.push(r);
          }
        }
        touchedRoots.add(this.find(r));
      }
      // Append this street's band keys in key order; streets ascend, so each batch stays sorted.
      for (let b = 0; b < B; b++) {
        const idx = sortByBand(localBands, b);
        for (let i = 0; i < idx.length; i++) {
          const li = idx[i]!;
          batchKeys[b]!.push(base + localBands[li]!.keys[b]!);
          batchRows[b]!.push(localBands[li]!.row);
        }
      }
      done += rows.length;
      onProgress?.({ phase: 'R6', done, total });
    }
    for (let b = 0; b < B; b++) this.bands[b] = mergePostings(this.bands[b]!, Float64Array.from(batchKeys[b]!), Int32Array.from(batchRows[b]!));
    onProgress?.({ phase: 'R6', done: total, total });
    for (const root of touchedRoots) {
      if (this.find(root) !== root) continue;
      this.r6.delete(root);
      const found = this.r6Cases(root);
      if (found.length) this.r6.set(root, found);
    }
    onProgress?.({ phase: 'R6', done: total, total });
  }

  private link(a: number, b: number, sim: number, touched: Set<number>): void {
    const u = this.union(a, b);
    if (!u) return;
    const [keep, gone] = u;
    const e = this.edgeA.length;
    this.edgeA.push(a); this.edgeB.push(b); this.edgeSim.push(sim);
    const ek = this.compEdges.get(keep) ?? [];
    const eg = this.compEdges.get(gone);
    if (eg) { for (const x of eg) ek.push(x); this.compEdges.delete(gone); }
    ek.push(e);
    this.compEdges.set(keep, ek);
    this.r6.delete(gone);
    this.r6.delete(keep);
    touched.add(keep);
  }

  private r6Cases(root: number): DetectedCase[] {
    const cfg = this.rules.body.r6;
    const members: number[] = [root];
    for (let x = this.next[root]!; x !== root; x = this.next[x]!) members.push(x);
    if (members.length < cfg.minTickets) return [];
    const t = this.table;
    members.sort(byTimeThenId(t.time.acceptedAt, t.text.id));
    const street = this.streetNames[this.streetOf[root]!]!;
    const out: DetectedCase[] = [];
    for (const chain of gapChains(members, t.time.acceptedAt, cfg.gapDays, cfg.minTickets)) {
      const inChain = new Set(chain);
      const links: SimilarLink[] = [];
      for (const e of this.compEdges.get(root) ?? []) {
        const a = this.edgeA[e]!, b = this.edgeB[e]!;
        if (inChain.has(a) && inChain.has(b)) links.push({ a, b, similarity: this.edgeSim[e]! });
      }
      out.push({ rule: 'R6', key: street, ...this.baseCase(chain), evidence: { rule: 'R6', street, links } });
    }
    return out;
  }

  /** R3–R5 over the visible rows: a linear scan, cheap enough to redo on every run. */
  private flags(onProgress: Progress): DetectedFlag[] {
    const t = this.table;
    const b = this.rules.body;
    const out: DetectedFlag[] = [];
    const revoked = t.dicts.status.index.get('已撤销') ?? -1;
    const overdue = b.r5.overdueDays * DAY_MS;
    const { closedAt, dueAt } = t.time;
    onProgress?.({ phase: 'flags', done: 0, total: this.order.length });
    for (let i = 0; i < this.idOrder.length; i++) {
      const r = this.idOrder[i]!;
      const rules: FlagRuleId[] = [];
      if (b.r3.enabled && t.reopens[r]! >= b.r3.minReopens) rules.push('R3');
      if (b.r4.enabled && (t.rejects[r]! >= b.r4.minRejects || (b.r4.pingPong && t.pingPong[r] === 1))) rules.push('R4');
      const due = dueAt[r]!;
      let overdueDays: number | null = null;
      if (b.r5.enabled && Number.isNaN(closedAt[r]!) && t.codes.status[r] !== revoked && !Number.isNaN(due) && this.asOfEnd - due > overdue) {
        rules.push('R5');
        overdueDays = (this.asOfEnd - due) / DAY_MS;
      }
      if (rules.length === 0) continue;
      out.push({
        row: r, rules, reopens: t.reopens[r]!, rejects: t.rejects[r]!, pingPong: t.pingPong[r] === 1,
        dispatchSeq: t.dispatchSeq[r] ?? [], dueAt: Number.isNaN(due) ? null : due, overdueDays,
      });
    }
    onProgress?.({ phase: 'flags', done: out.length, total: out.length });
    return out;
  }
}

/**
 * Candidates checked per LSH bucket. A bucket of a template text repeated thousands of times in
 * one street would otherwise cost a quadratic number of checks; the first BUCKET_CAP members
 * already tie such a bucket into one component, so components barely change.
 */
const BUCKET_CAP = 256;

/** Positions of `items` ordered by their band-b key (packed into one float for a native sort). */
function sortByBand(items: readonly { keys: Uint32Array }[], b: number): Int32Array {
  const n = items.length;
  if (n >= 0x100000) return Int32Array.from({ length: n }, (_, i) => i).sort((x, y) => items[x]!.keys[b]! - items[y]!.keys[b]!);
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = items[i]!.keys[b]! * 0x100000 + i;
  packed.sort();
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = packed[i]! % 0x100000;
  return out;
}

function cmpStr(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Full detection as of day `asOf` (`YYYY-MM-DD`, sees tickets accepted before that day ends). */
export function detectChronic(table: TicketTable, rules: ChronicRuleSet, asOf: string, onProgress?: Progress): ChronicDetection {
  return new ChronicIndex(table, rules, asOf, onProgress).detection(onProgress);
}
