import { monthIndexOf, monthIndexToString, monthStart } from '../base/time/month-index';
import { DAY_MS, parseLocalDate } from '../base/time/shanghai';
import { closeWhistle, createWhistle, reportIn, type Whistle, type WhistleReason, type WhistleType } from '../campaigns/whistle';
import { DEFAULT_END, planDays } from './calendar';
import { lastFullMonth } from './campaign-effect';
import { campaignSpecs } from './campaign-specs';
import { demoWorld } from './generator';
import { Rng, hashString } from './prng';
import { buildUnits } from './units';

const HOUR = 3_600_000;
const MIN = 60_000;

/** Who is summoned for each kind of reason (besides the street's district). */
const SUMMONED: Readonly<Record<WhistleReason, readonly string[]>> = {
  问题超出街乡解决能力: ['市住房城乡建设委', '市城市管理委', '市规划自然资源委', '市市场监管局', '市园林绿化局'],
  需要综合执法: ['市城管执法局', '市公安局', '市市场监管局', '市生态环境局', '市公安交管局'],
  应急处置: ['市应急管理局', '市消防救援总队', '市燃气集团', '市自来水集团', '国网市电力公司'],
};
const MATTERS: Readonly<Record<WhistleReason, readonly string[]>> = {
  问题超出街乡解决能力: ['{p}老旧小区雨污管线改造涉及多个产权单位', '{p}违建拆除后的土地归属和绿化需市级部门认定', '{p}小区加装电梯规划许可需多部门会商', '{p}无主楼房屋顶漏水维修资金无法落实'],
  需要综合执法: ['{p}周边占道经营、噪音扰民反复出现', '{p}夜间渣土车违规倾倒', '{p}餐饮油烟直排且无证经营', '{p}机动车长期违停堵塞消防通道'],
  应急处置: ['{p}燃气管道泄漏，需紧急疏散', '{p}暴雨积水倒灌地下车库', '{p}供水管道爆裂，周边小区停水', '{p}高层住宅外墙脱落，威胁行人安全'],
};
const OUTCOMES: Readonly<Record<WhistleReason, readonly string[]>> = {
  问题超出街乡解决能力: ['经现场会商明确责任分工，已制定整改方案并启动实施。', '各部门现场办公，已落实资金和施工单位。'],
  需要综合执法: ['联合执法已完成，违法行为依法查处，持续巡查防止反弹。', '已责令整改并建立长效巡查机制。'],
  应急处置: ['险情已排除，受影响居民已妥善安置。', '抢修完毕，已恢复正常，后续开展隐患排查。'],
};

function typeFor(rng: Rng, reason: WhistleReason): WhistleType {
  if (reason === '应急处置') return '应急';
  if (reason === '需要综合执法') return rng.chance(0.7) ? '日常' : '攻坚';
  return rng.chance(0.6) ? '攻坚' : '日常';
}
const DEADLINE: Readonly<Record<WhistleType, number>> = { 应急: 1 * HOUR, 攻坚: 24 * HOUR, 日常: 48 * HOUR };

type Draft = { street: number; at: number; reason: WhistleReason; type?: WhistleType; summoned?: string[]; matter?: string; campaignId?: string; problemId?: string };

/**
 * The demo city's 吹哨报到 ledger for city `o`: whistles over the last 12 full months of the data
 * (the streets differ: about a third never whistle, most whistle at a healthy 1–3 per 1,000
 * dispatched tickets, a fifth too often at 7–12), a few tied to the demo campaigns (加装电梯 会商,
 * 违章停车 联合执法) and an 应急 whistle for the 南湖区 water main burst of the last full month. Each
 * summoned unit reports in — mostly on time, by the unit's punctuality — or, rarely, not at all;
 * whistles older than a few days are closed with an outcome. Deterministic for the same options.
 */
export function demoWhistles(o: { tickets: number; seed: number; months?: number; end?: string }): Whistle[] {
  const end = o.end ?? DEFAULT_END;
  const plan = planDays(o.tickets, o.months ?? 24, end);
  const now = plan.endMs;
  const e = lastFullMonth(end);
  const m0 = Math.max(e - 11, monthIndexOf(plan.startMs));
  if (m0 > e) return [];
  const w = demoWorld();
  const rng = new Rng(o.seed ^ 0x27d4eb2f);
  const units = new Map(buildUnits().map((u) => [u.name, u]));
  const from = monthStart(m0), to = monthStart(e + 1);
  // Tickets of the months, by day plan; each street's share from the generator's street weights.
  let inPeriod = 0;
  for (let d = 0; d < plan.days; d++) { const t = plan.startMs + d * DAY_MS; if (t >= from && t < to) inPeriod += plan.counts[d]!; }
  const total = w.streetCum[w.streetCum.length - 1]!;
  const drafts: Draft[] = [];
  const randomAt = (): number => {
    const day = Math.floor(rng.next() * Math.round((to - from) / DAY_MS));
    return from + day * DAY_MS + rng.int(8, 17) * HOUR + rng.int(0, 59) * MIN;
  };
  const reasons: WhistleReason[] = ['问题超出街乡解决能力', '需要综合执法', '需要综合执法', '应急处置'];
  w.streets.forEach((s, i) => {
    const share = (w.streetCum[i]! - (i === 0 ? 0 : w.streetCum[i - 1]!)) / total;
    const dispatched = inPeriod * share * 0.78;
    const h = hashString(`${s.district}/${s.street}`) ^ o.seed;
    const kind = (h >>> 0) % 20;
    const rate = kind < 7 ? 0 : kind < 16 ? 1 + ((h >>> 8) % 200) / 100 : 7 + ((h >>> 8) % 500) / 100;
    const x = (rate * dispatched) / 1000;
    const n = Math.floor(x) + (rng.chance(x - Math.floor(x)) ? 1 : 0);
    for (let k = 0; k < n; k++) drafts.push({ street: i, at: randomAt(), reason: rng.pick(reasons) });
  });
  // Small cities: a ledger of at least 24 whistles, on the streets that whistle often.
  const busy = w.streets.map((_, i) => i).filter((i) => (hashString(`${w.streets[i]!.district}/${w.streets[i]!.street}`) ^ o.seed) % 20 >= 16);
  for (let k = 0; drafts.length < 24 && busy.length > 0; k++) drafts.push({ street: busy[k % busy.length]!, at: randomAt(), reason: rng.pick(reasons) });

  const streetIx = (district: string, street: string): number => w.streets.findIndex((x) => x.district === district && x.street === street);
  const specs = campaignSpecs(e);
  const campaignId = (no: number, from: string): string => `ZX-${from.slice(0, 4)}-${String(no).padStart(2, '0')}`;
  // 老楼加装电梯: streets whistle for a 规划会商 on hard cases during the campaign.
  const lift = specs[0]!;
  const liftFrom = parseLocalDate(lift.from);
  if (liftFrom >= from) {
    [['东城区', '和平街道'], ['东城区', '建设街道'], ['西城区', '长安街道'], ['西城区', '月坛街道']].forEach(([d, st], k) => {
      drafts.push({
        street: streetIx(d!, st!), at: liftFrom + (20 + k * 17) * DAY_MS + 10 * HOUR, reason: '问题超出街乡解决能力', type: '攻坚',
        summoned: ['市住房城乡建设委', '市规划自然资源委', d!], matter: '{p}加装电梯因低层住户反对和管线迁改停滞，需市级部门现场会商',
        campaignId: campaignId(lift.no, lift.from), problemId: `${campaignId(lift.no, lift.from)}-P1`,
      });
    });
  }
  // 停车管理: joint enforcement against parking on fire lanes in its first weeks.
  const parking = specs[2]!;
  const parkFrom = parseLocalDate(parking.from);
  if (parkFrom >= from && parkFrom < now) {
    [['南湖区', '南苑街道'], ['北苑区', '亚运村街道'], ['北苑区', '安贞街道']].forEach(([d, st], k) => {
      const t = parkFrom + (4 + k * 9) * DAY_MS + 9 * HOUR;
      if (t < now) drafts.push({
        street: streetIx(d!, st!), at: t, reason: '需要综合执法', type: '攻坚', summoned: ['市公安交管局', '市城管执法局', d!],
        matter: '{p}机动车长期违停堵塞消防通道，需交管和城管联合执法', campaignId: campaignId(parking.no, parking.from), problemId: `${campaignId(parking.no, parking.from)}-P2`,
      });
    });
  }
  // The water main burst behind the month's hotspot (the 8th of the last full month).
  const burst = monthStart(e) + 7 * DAY_MS + 7 * HOUR + 40 * MIN;
  if (burst >= from) drafts.push({ street: streetIx('南湖区', '湖滨街道'), at: burst, reason: '应急处置', type: '应急', summoned: ['市自来水集团', '市水务局', '南湖区', '市应急管理局'], matter: '{p}供水主管道爆裂，周边多个小区停水' });

  drafts.sort((a, b) => a.at - b.at || a.street - b.street);
  const out: Whistle[] = [];
  const perDay = new Map<string, number>();
  for (const d of drafts) {
    if (d.street < 0 || d.at >= now) continue;
    const s = w.streets[d.street]!;
    const type = d.type ?? typeFor(rng, d.reason);
    const place = rng.chance(0.5) ? rng.pick(s.compounds) : `${rng.pick(s.roads)}沿线`;
    const matter = (d.matter ?? rng.pick(MATTERS[d.reason])).replace('{p}', place);
    const summoned = d.summoned ?? [...new Set([s.district, ...pickSome(rng, SUMMONED[d.reason], rng.int(1, 3))])];
    const ymd = new Date(d.at + 8 * HOUR).toISOString().slice(0, 10).replace(/-/g, '');
    const seq = (perDay.get(ymd) ?? 0) + 1;
    perDay.set(ymd, seq);
    const made = createWhistle({
      id: `CS-${ymd}-${String(seq).padStart(3, '0')}`, street: `${s.district}/${s.street}`, type, reason: d.reason, matter,
      at: d.at, deadline: d.at + DEADLINE[type], summoned, by: `${s.street}值班人员`, campaignId: d.campaignId ?? null, problemId: d.problemId ?? null,
    });
    if (!made.ok) throw new Error(`示例吹哨记录无效：${made.reason}`);
    let wh = made.value;
    const span = DEADLINE[type];
    for (const u of summoned) {
      const punctual = units.get(u)?.profile.onTime ?? 0.9;
      const recent = now - d.at < 3 * DAY_MS;
      if (rng.chance(recent ? 0.3 : 0.03)) continue; // not (yet) reported in
      const t = rng.chance(punctual) ? d.at + Math.floor(span * rng.range(0.2, 0.95)) : d.at + span + rng.int(1, 30) * HOUR;
      if (t >= now) continue;
      const r = reportIn(wh, u, Math.floor(t / MIN) * MIN, '已到场');
      if (!r.ok) throw new Error(`示例报到记录无效：${r.reason}`);
      wh = r.value;
    }
    const closeAt = d.at + rng.int(2, 20) * DAY_MS;
    if (closeAt < now - 2 * DAY_MS) {
      const r = closeWhistle(wh, rng.pick(OUTCOMES[d.reason]), closeAt);
      if (!r.ok) throw new Error(`示例吹哨办结无效：${r.reason}`);
      wh = r.value;
    }
    out.push(wh);
  }
  return out;
}

function pickSome(rng: Rng, xs: readonly string[], k: number): string[] {
  const pool = [...xs];
  const out: string[] = [];
  while (out.length < k && pool.length > 0) out.push(pool.splice(Math.floor(rng.next() * pool.length), 1)[0]!);
  return out;
}

/** The months `demoWhistles` covers, `YYYY-MM` (for a ledger's default view). */
export function demoWhistleMonths(o: { tickets: number; months?: number; end?: string }): string[] {
  const end = o.end ?? DEFAULT_END;
  const plan = planDays(o.tickets, o.months ?? 24, end);
  const e = lastFullMonth(end);
  const out: string[] = [];
  for (let m = Math.max(e - 11, monthIndexOf(plan.startMs)); m <= e; m++) out.push(monthIndexToString(m));
  return out;
}
