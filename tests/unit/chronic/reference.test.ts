import { describe, expect, it } from 'vitest';
import { ChronicIndex, detectChronic } from '@core/chronic/chronic-index';
import { toCliResult } from '@core/chronic/cli-result';
import { CHRONIC_V1 } from '@core/chronic/rule-set';
import { findSimilarPairs } from '@core/chronic/similar-pairs';
import type { FlowEvent, Ticket } from '@core/data/tickets/ticket';
import { at, rng, table, ticket } from './factory';
import { reference, refJaccard } from './reference';

const STATUSES = ['办理中', '已办结', '已撤销', '延期中'] as const;
const CATS = ['城乡建设/物业管理/停车', '城乡建设/物业管理/电梯', '城乡建设/市容', '交通管理/停车', '', '环境保护'];
const BASES = [
  '小区门口的垃圾桶已经好几天没人清理了，气味很大',
  '楼上住户装修噪音很大，周末早上七点就开始施工',
  '路边共享单车乱停乱放，堵住了盲道和出入口',
  '小区供暖温度不达标，室内只有十五度左右',
];
const ALPHA = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严';

function mutate(s: string, r: () => number, k: number): string {
  const cps = Array.from(s);
  for (let i = 0; i < k; i++) cps[Math.floor(r() * cps.length)] = ALPHA[Math.floor(r() * ALPHA.length)]!;
  if (r() < 0.3) cps.push(String(Math.floor(r() * 100)));
  return cps.join('');
}

/** Random tickets over small pools so that every rule fires and boundaries are crossed. */
function randomTickets(seed: number, n: number): { tickets: Ticket[]; events: FlowEvent[] } {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const t0 = at('2024-01-01');
  const tickets: Ticket[] = [];
  const events: FlowEvent[] = [];
  for (let i = 0; i < n; i++) {
    const acceptedAt = t0 + Math.floor(r() * 400) * 86_400_000 + (r() < 0.5 ? 0 : Math.floor(r() * 86_400) * 1000);
    const id = `R${seed}-${String(i).padStart(4, '0')}`;
    tickets.push(ticket({
      id, acceptedAt,
      address: pick(['', '和平里1号院', '和平里 1号院', '安定门2号', '东四3号楼', '！！', '东直门4号', '东直门5号']),
      category: pick(CATS),
      callerPhone: pick(['', '13800000001', '+86 13800000001', '13900000002', '010-6400', '13700000003']),
      district: pick(['东城区', '西城区']), street: pick(['', '和平里街道', '安定门街道', '东四街道']),
      content: r() < 0.1 ? pick(['', '噪音', 'ab']) : mutate(pick(BASES), r, Math.floor(r() * 9)),
      reopenCount: r() < 0.2 ? null : Math.floor(r() * 4), rejectCount: r() < 0.2 ? null : Math.floor(r() * 4),
      dueAt: r() < 0.2 ? null : acceptedAt + Math.floor(r() * 60) * 86_400_000,
      closedAt: r() < 0.5 ? null : acceptedAt + 86_400_000,
      status: pick(STATUSES),
    }));
    if (r() < 0.3) {
      let s = 0;
      for (const action of ['派单', '改派', '退单', '改派', '重办', '重办'] as const) {
        if (r() < 0.5) events.push({ ticket: id, at: acceptedAt + (++s) * 3_600_000, action, unit: '', target: pick(['甲', '乙', '丙']), note: '', seq: events.length });
      }
    }
  }
  return { tickets, events };
}

const caseKey = (c: { rule: string; tickets: string[] }) => `${c.rule}:${c.tickets.join(',')}`;

describe('index against the brute-force reference', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`R1–R5 agree exactly and R6 pairs reach recall ≥ 0.95, precision ≥ 0.9 (seed ${seed})`, () => {
      const { tickets, events } = randomTickets(seed, 600);
      const useEvents = seed % 2 === 0;
      const asOf = ['2024-06-30', '2024-12-31', '2025-02-04', '2025-03-01', '2024-09-15'][seed - 1]!;
      const tb = table(tickets, useEvents ? events : undefined);
      const got = toCliResult(tb, detectChronic(tb, CHRONIC_V1, asOf));
      const ref = reference(tickets, asOf, useEvents ? events : undefined);

      const gotKeyed = got.cases.filter((c) => c.rule !== 'R6').map(caseKey).sort();
      const refKeyed = ref.cases.filter((c) => c.rule !== 'R6').map(caseKey).sort();
      expect(gotKeyed).toEqual(refKeyed);
      expect(refKeyed.length).toBeGreaterThan(0);
      expect(new Map(got.flags.map((f) => [f.ticket, f.rules]))).toEqual(ref.flags);

      const end = at(asOf) + 86_400_000;
      const vis = tickets.map((t, i) => ({ t, i })).filter(({ t }) => t.acceptedAt < end);
      const streetCode = new Map<string, number>();
      const groups = vis.map(({ t }) => {
        if (!t.street) return 0;
        const k = `${t.district}/${t.street}`;
        if (!streetCode.has(k)) streetCode.set(k, streetCode.size + 1);
        return streetCode.get(k)!;
      });
      const found = findSimilarPairs(vis.map(({ t }) => t.content), groups, CHRONIC_V1.body.r6)
        .map((p) => [vis[p.a]!.t.id, vis[p.b]!.t.id].sort().join('|'));
      const truth = new Set(ref.pairs.map((p) => [...p].sort().join('|')));
      const hit = found.filter((p) => truth.has(p)).length;
      expect(truth.size).toBeGreaterThan(20);
      expect(hit / truth.size).toBeGreaterThanOrEqual(0.95);
      expect(hit / Math.max(1, found.length)).toBeGreaterThanOrEqual(0.9);

      // R6 cases: components built from approximate candidates; most reference cases are found.
      const gotR6 = new Set(got.cases.filter((c) => c.rule === 'R6').map(caseKey));
      const refR6 = ref.cases.filter((c) => c.rule === 'R6').map(caseKey);
      const same = refR6.filter((k) => gotR6.has(k)).length;
      expect(same / Math.max(1, refR6.length)).toBeGreaterThanOrEqual(0.8);
    });
  }
});

describe('incremental updates', () => {
  it('adding tickets in batches gives the same result as one full run', () => {
    const { tickets } = randomTickets(11, 900);
    const full = table(tickets);
    const asOf = '2025-03-01';
    const expected = toCliResult(full, detectChronic(full, CHRONIC_V1, asOf));
    const index = new ChronicIndex(table(tickets.slice(0, 500)), CHRONIC_V1, asOf);
    index.update(table(tickets.slice(0, 700)));
    index.update(full);
    const got = toCliResult(full, index.detection());
    expect(got.cases.filter((c) => c.rule !== 'R6')).toEqual(expected.cases.filter((c) => c.rule !== 'R6'));
    expect(got.flags).toEqual(expected.flags);
    // R6 components are order-independent whenever every true pair is a candidate.
    const g6 = got.cases.filter((c) => c.rule === 'R6').map(caseKey);
    const e6 = new Set(expected.cases.filter((c) => c.rule === 'R6').map(caseKey));
    expect(g6.filter((k) => e6.has(k)).length / Math.max(1, e6.size)).toBeGreaterThanOrEqual(0.9);
  });

  it('moving asOf forward brings in tickets that were not yet visible', () => {
    const { tickets } = randomTickets(12, 700);
    const full = table(tickets);
    const index = new ChronicIndex(full, CHRONIC_V1, '2024-06-30');
    const added = index.update(full, '2025-03-01');
    expect(added).toBeGreaterThan(0);
    const expected = toCliResult(full, detectChronic(full, CHRONIC_V1, '2025-03-01'));
    const got = toCliResult(full, index.detection());
    expect(got.cases.filter((c) => c.rule !== 'R6')).toEqual(expected.cases.filter((c) => c.rule !== 'R6'));
    expect(got.flags).toEqual(expected.flags);
    expect(() => index.update(full, '2025-01-01')).toThrow(/不能早于/);
  });
});

describe('R6 candidate search', () => {
  it('finds ≥ 95% of the pairs at or above 0.6 with precision ≥ 0.9, many pairs near the threshold', () => {
    const r = rng(99);
    const texts: string[] = [];
    const groups: number[] = [];
    for (let i = 0; i < 900; i++) {
      texts.push(mutate(BASES[i % BASES.length]!, r, 1 + Math.floor(r() * 4)));
      groups.push(1 + (i % 3));
    }
    const found = new Set(findSimilarPairs(texts, groups, CHRONIC_V1.body.r6).map((p) => `${p.a}|${p.b}`));
    let truth = 0, hit = 0;
    for (let a = 0; a < texts.length; a++) {
      for (let b = a + 1; b < texts.length; b++) {
        if (groups[a] !== groups[b]) continue;
        const s = refJaccard(texts[a]!, texts[b]!);
        if (s >= 0.6) { truth++; if (found.has(`${a}|${b}`)) hit++; }
      }
    }
    expect(truth).toBeGreaterThan(500);
    expect(hit / truth).toBeGreaterThanOrEqual(0.95);
    expect(hit / found.size).toBeGreaterThanOrEqual(0.9);
  });
});
