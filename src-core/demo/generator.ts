import { DAY_MS, epochToLocalParts } from '../base/time/shanghai';
import type { FlowEvent, Kind, Satisfaction, Ticket, Urgency } from '../data/tickets/ticket';
import { HOUR_CUM, NIGHT_HOURS, planDays, type DayPlan } from './calendar';
import { KIND_SHARES, NIGHT_SHARE, buildLeafTables, buildLeaves, type Leaf } from './categories';
import { REJECT_REASONS, composeContent, composeReply, drawContentParts } from './content';
import { replayFlow, type SimEvent } from './flow';
import { fakeName, fakePhone } from './people';
import { buildStreetPlaces, type StreetPlace } from './places';
import { CampaignEffects, campaignEffects } from './campaign-effect';
import { homeAddress, planPlants, type Plant } from './plants';
import { Rng, cumulative, hashString } from './prng';
import { CENTER, CITY_DEPARTMENTS, buildUnits, type DemoUnit, type UnitProfile } from './units';

const MIN = 60_000;
const HOUR = 3_600_000;

/** Data that does not depend on the seed; built once per process. */
type World = {
  leaves: Leaf[];
  leafTables: Float64Array[][];
  streets: StreetPlace[];
  streetCum: Float64Array;
  units: Map<string, DemoUnit>;
  kindCum: Float64Array;
};

let world: World | null = null;

/** The seed-independent city (places, units, categories), shared with the catalog. */
export function demoWorld(): World {
  if (world) return world;
  const leaves = buildLeaves();
  const streets = buildStreetPlaces(hashString);
  world = {
    leaves,
    leafTables: buildLeafTables(leaves),
    streets,
    // Urban streets are denser; a fixed jitter makes some streets busier than others.
    streetCum: cumulative(streets.map((s) => (s.urban ? 1.3 : 0.7) * (0.6 + (hashString(s.street) % 1000) / 1000))),
    units: new Map(buildUnits().map((u) => [u.name, u])),
    kindCum: cumulative(KIND_SHARES.map((k) => k.share)),
  };
  return world;
}

const CHANNELS = ['电话', '网站', '微信', 'APP', '小程序'] as const;
const CHANNEL_CUM = cumulative([0.62, 0.08, 0.12, 0.08, 0.1]);
const DUE_DAYS: Record<Urgency, number> = { 一般: 15, 紧急: 3, 特急: 1 };
const URGENT_LEAVES: Readonly<Record<string, [number, number]>> = {
  燃气泄漏: [0.3, 0.5], 积水内涝: [0.3, 0.08], 停水: [0.18, 0.03], 停电: [0.18, 0.03], 室温不达标: [0.12, 0.01],
  电梯故障: [0.15, 0.05], 消防通道: [0.15, 0.03], 高空抛物: [0.15, 0.05], 井盖破损: [0.2, 0.05], 拖欠工资: [0.1, 0.01],
};

type Options = { tickets: number; seed: number; months: number; end: string };

/** Moves `t` into working hours (08:00–21:00 local) when a unit would not act at night. */
function workTime(rng: Rng, t: number): number {
  const h = epochToLocalParts(t).h;
  if (h >= 8 && h < 21) return t;
  const dayStart = t - ((t + 8 * HOUR) % DAY_MS);
  const next = h >= 21 ? dayStart + DAY_MS : dayStart;
  return next + 8 * HOUR + rng.int(0, 90) * MIN + rng.int(0, 59) * 1000;
}

const OFFICE_ACTIONS: ReadonlySet<string> = new Set(['签收', '退单', '延期', '办结', '回访', '重办']);

/** Whole seconds keep times exact through `YYYY-MM-DD HH:mm:ss` files. */
const sec = (t: number): number => Math.floor(t / 1000) * 1000;

/**
 * The generator proper: a single sequential stream over ticket slots, day by day, so the
 * output is identical whatever chunk size the caller asks for.
 */
export function* generateStream(o: Options, chunkSize: number): Generator<{ tickets: Ticket[]; events: FlowEvent[] }> {
  const w = demoWorld();
  const plan = planDays(o.tickets, o.months, o.end);
  const plants = planPlants({ plan, total: o.tickets, seed: o.seed, leaves: w.leaves, streets: w.streets });
  const rng = new Rng(o.seed);
  const effects = new CampaignEffects(campaignEffects(o.end), o.seed);
  let tickets: Ticket[] = [];
  let events: FlowEvent[] = [];
  let seq = 0;
  for (let d = 0; d < plan.days; d++) {
    const n = plan.counts[d]!;
    const day: { t: Ticket; ev: SimEvent[] }[] = [];
    for (let i = 0; i < n; i++) {
      const plant = plants.get(plan.first[d]! + i);
      let made = makeTicket(w, plan, rng, d, plant);
      // A campaign took this ticket away: the slot gets another call instead (a few tries).
      if (!plant) for (let k = 0; k < 3 && effects.suppresses(made.t); k++) made = makeTicket(w, plan, rng, d, undefined);
      day.push(made);
    }
    day.sort((a, b) => a.t.acceptedAt - b.t.acceptedAt);
    for (let i = 0; i < day.length; i++) {
      const { t, ev } = day[i]!;
      t.id = `GD${plan.ymd[d]}${String(i + 1).padStart(6, '0')}`;
      tickets.push(t);
      for (const e of ev) events.push({ ticket: t.id, at: e.at, action: e.action, unit: e.unit, target: e.target, note: e.note, seq: seq++ });
      if (tickets.length >= chunkSize) {
        yield { tickets, events };
        tickets = [];
        events = [];
      }
    }
  }
  if (tickets.length > 0) yield { tickets, events };
}

function pickUrgency(rng: Rng, leaf: Leaf): Urgency {
  const [urgent, critical] = URGENT_LEAVES[leaf.name] ?? [0.07, 0.008];
  const x = rng.next();
  return x < critical ? '特急' : x < critical + urgent ? '紧急' : '一般';
}

function resolveTarget(target: string, s: StreetPlace): string {
  return target === 'S' ? s.street : target === 'D' ? s.district : target;
}

/** A unit other than those in `not`, preferring the leaf's route, then the street, district, a city department. */
function otherUnit(rng: Rng, leaf: Leaf, s: StreetPlace, not: readonly string[]): string {
  const cands = leaf.routeTargets.map((x) => resolveTarget(x, s)).concat([s.street, s.district]).filter((u) => !not.includes(u));
  if (cands.length > 0) return rng.pick(cands);
  return rng.pick(CITY_DEPARTMENTS.filter((u) => !not.includes(u)));
}

function makeTicket(w: World, plan: DayPlan, rng: Rng, d: number, plant: Plant | undefined): { t: Ticket; ev: SimEvent[] } {
  const month = plan.month[d]!;
  // What the call is about.
  let kindIx = rng.pickCum(w.kindCum);
  let leaf = w.leaves[rng.pickCum(w.leafTables[kindIx]![month]!)]!;
  let street = w.streets[rng.pickCum(w.streetCum)]!;
  if (plant && (plant.rule === 'R1' || plant.rule === 'R2')) {
    leaf = w.leaves[rng.pick(plant.leaves)]!;
    street = w.streets[plant.street]!;
    kindIx = rng.chance(0.6) ? 2 : 1;
  } else if (plant && plant.rule === 'R6') {
    leaf = w.leaves[plant.leaf]!;
    street = w.streets[plant.street]!;
    kindIx = plant.kind === '投诉' ? 2 : 1;
  } else if (plant && plant.rule === 'hotspot') {
    leaf = w.leaves[rng.pick(plant.leaves)]!;
    street = w.streets[rng.pick(plant.streets)]!;
    kindIx = rng.chance(0.7) ? 1 : 2;
  } else if (plant && (kindIx === 0 || kindIx === 5)) {
    kindIx = 1; // planted flow patterns need a dispatched, non-praise ticket
  }
  const kind: Kind = KIND_SHARES[kindIx]!.kind;

  // When.
  const hour = leaf.season === 'night' && rng.chance(NIGHT_SHARE[month]!) ? rng.pick(NIGHT_HOURS) : rng.pickCum(HOUR_CUM);
  const acceptedAt = plan.startMs + d * DAY_MS + hour * HOUR + rng.int(0, 59) * MIN + rng.int(0, 59) * 1000;

  // Where and who.
  let address = '', place = '';
  if (plant && (plant.rule === 'R1' || plant.rule === 'R2')) {
    address = plant.address;
    place = plant.place;
  } else if (plant && plant.rule === 'R6') {
    const no = rng.int(1, 199);
    place = `${plant.road}${no}号附近`;
    address = `${street.district}${street.street}${place}`;
  } else if (leaf.addr === 'home' || (leaf.addr === 'none' && rng.chance(0.5))) {
    const h = homeAddress(rng, street);
    address = h.address;
    if (leaf.addr === 'home') place = h.place;
  } else if (leaf.addr === 'road') {
    const road = rng.pick(street.roads);
    if (rng.chance(0.25)) {
      const cross = rng.pick(street.roads.filter((r) => r !== road));
      place = `${road}与${cross}交叉口`;
    } else place = `${road}${rng.int(1, 199)}号附近`;
    address = `${street.district}${street.street}${place}`;
  } else if (leaf.addr === 'shop') {
    const road = rng.pick(street.roads);
    const shop = `${road}${rng.int(1, 199)}号${rng.pick(street.shops)}`;
    place = `${shop}`;
    address = `${street.district}${street.street}${shop}`;
  }
  let callerName = fakeName(rng);
  let callerPhone = fakePhone(rng);
  if (plant && plant.rule === 'R2') {
    callerName = plant.name;
    callerPhone = plant.phone;
  } else if (rng.chance(0.03)) callerName = ''; // 匿名来电
  const channel = CHANNELS[rng.pickCum(CHANNEL_CUM)]!;
  const urgency = plant && plant.rule === 'R5' ? '一般' : pickUrgency(rng, leaf);
  const unitA = resolveTarget(leaf.routeTargets[rng.pickCum(leaf.routeCum)]!, street);

  let parts = drawContentParts(rng, leaf);
  if (plant && plant.rule === 'R6') parts = { ...parts, frame: plant.frame, phrase: plant.phrase, who: plant.who, detail: plant.detail };
  let content = composeContent(kind, leaf, parts, place, unitA);
  // Repeat callers word it a little differently; short remarks keep the 3-gram Jaccard ≥ 0.6.
  if (plant && plant.rule === 'R6') content += rng.pick(['', '再次来电。', '此前已反映。', '请尽快处理。']);

  const t: Ticket = {
    id: '', acceptedAt: sec(acceptedAt), channel, kind, category: leaf.path, content,
    district: street.district, street: street.street, address, callerName, callerPhone, urgency,
    unit: '', unitType: '', dispatchedAt: null, dueAt: null, status: '', closedAt: null, reply: '', surveyedAt: null,
    responded: '', resolved: '', satisfaction: '', exempted: '', rejectCount: 0, reopenCount: 0, extra: {},
  };

  // 咨询 answered by the hotline itself from its knowledge base: never dispatched.
  if (!plant && kind === '咨询' && rng.chance(0.4)) {
    const closed = t.acceptedAt + rng.int(2, 15) * MIN + rng.int(0, 59) * 1000;
    if (closed <= plan.endMs) {
      t.status = '已办结';
      t.closedAt = closed;
      t.reply = '已根据政策知识库当场解答，来电人表示清楚。';
    } else t.status = '待派单';
    return { t, ev: [] };
  }

  const ev = simulateFlow(w, rng, t, leaf, street, unitA, plant);
  let kept = ev.filter((e) => e.at <= plan.endMs);
  // A few citizens withdraw (已撤销) right after the unit accepted; later steps never happen.
  const withdrawn = !plant && kept.length >= 2 && rng.chance(0.004);
  if (withdrawn) kept = kept.slice(0, 2);
  const s = replayFlow(kept);
  t.unit = s.unit;
  t.unitType = s.unit ? (w.units.get(s.unit)?.type ?? '其他') : '';
  t.dispatchedAt = s.dispatchedAt;
  t.dueAt = s.dueAt;
  t.status = withdrawn ? '已撤销' : s.status;
  t.closedAt = s.closedAt;
  t.reply = withdrawn ? '来电人表示问题已自行解决，申请撤销。' : s.reply;
  t.surveyedAt = s.surveyedAt;
  t.responded = s.responded;
  t.resolved = s.resolved;
  t.satisfaction = s.satisfaction;
  t.rejectCount = s.rejects;
  t.reopenCount = s.reopens;
  if (t.status === '已办结' && t.surveyedAt !== null && t.responded !== '') {
    const p = 0.015 + (t.resolved === '未解决' ? 0.1 : 0) + (t.satisfaction === '不满意' ? 0.05 : 0);
    t.exempted = rng.chance(p) ? '是' : '否';
  }
  return { t, ev: kept };
}

/** Survey answers drawn from the unit's profile and whether the problem was solved. */
function drawSurvey(rng: Rng, p: UnitProfile, solved: boolean, forceBad: boolean): NonNullable<SimEvent['survey']> {
  if (!forceBad && rng.chance(0.05)) return { responded: '', resolved: '', satisfaction: '' }; // 回访未接通
  const responded = forceBad ? (rng.chance(0.5) ? '是' : '否') : rng.chance(p.respond) ? '是' : '否';
  const resolved = forceBad ? '未解决' : (solved ? rng.chance(0.96) : rng.chance(0.1)) ? '已解决' : '未解决';
  let satisfaction: Satisfaction;
  if (forceBad) satisfaction = '不满意';
  else {
    const good = resolved === '已解决' ? 0.8 + p.satBias : 0.06 + p.satBias / 2;
    const fair = resolved === '已解决' ? 0.16 : 0.3 + p.satBias / 2;
    const x = rng.next();
    satisfaction = x < good ? '满意' : x < good + fair ? '基本满意' : '不满意';
  }
  return { responded, resolved, satisfaction };
}

/** All flow steps of a dispatched ticket, unclipped; times strictly increase. */
function simulateFlow(w: World, rng: Rng, t: Ticket, leaf: Leaf, s: StreetPlace, unitA: string, plant: Plant | undefined): SimEvent[] {
  const ev: SimEvent[] = [];
  let last = t.acceptedAt;
  const push = (e: SimEvent): void => {
    const at = Math.max(e.at, last + MIN + rng.int(0, 59) * 1000);
    // The center dispatches, urges and supervises around the clock; people act in working hours.
    e.at = sec(OFFICE_ACTIONS.has(e.action) ? workTime(rng, at) : at);
    last = e.at;
    ev.push(e);
  };
  const profile = (u: string): UnitProfile => w.units.get(u)!.profile;
  const urgency = t.urgency as Urgency;
  const dueSpan = DUE_DAYS[urgency] * DAY_MS;

  const tm = t.acceptedAt + Math.min(6 * HOUR, Math.max(5 * MIN, rng.logNormal(40 * MIN, 0.8)));
  push({ at: tm, action: '派单', unit: CENTER, target: unitA, note: '', due: 0 });
  let due = sec(ev[0]!.at + dueSpan);
  ev[0]!.due = due;
  let cur = unitA;
  push({ at: workTime(rng, last + rng.logNormal(50 * MIN, 1)), action: '签收', unit: cur, target: '', note: '' });

  // Rejects and redispatches (退单, 改派).
  const mode = plant?.rule === 'R4' ? plant.mode : rng.chance(profile(cur).reject) ? 'single' : null;
  if (mode === 'single' || mode === 'double' || mode === 'pingpong') {
    const b = otherUnit(rng, leaf, s, [cur]);
    push({ at: last + rng.logNormal(3 * HOUR, 0.8), action: '退单', unit: cur, target: '', note: rng.pick(REJECT_REASONS) });
    push({ at: last + rng.logNormal(2 * HOUR, 0.7), action: '改派', unit: CENTER, target: b, note: '根据退单理由重新派单' });
    const a = cur;
    cur = b;
    push({ at: workTime(rng, last + rng.logNormal(40 * MIN, 1)), action: '签收', unit: cur, target: '', note: '' });
    if (mode !== 'single') {
      const c = mode === 'pingpong' ? a : otherUnit(rng, leaf, s, [a, b]);
      push({ at: last + rng.logNormal(5 * HOUR, 0.8), action: '退单', unit: cur, target: '', note: rng.pick(REJECT_REASONS) });
      push({ at: last + rng.logNormal(2 * HOUR, 0.7), action: '改派', unit: CENTER, target: c, note: mode === 'pingpong' ? '经核实仍属原承办单位职责' : '根据退单理由重新派单' });
      cur = c;
      push({ at: workTime(rng, last + rng.logNormal(40 * MIN, 1)), action: '签收', unit: cur, target: '', note: '' });
    }
  } else if (mode === 'redispatch') {
    const a = cur;
    const b = otherUnit(rng, leaf, s, [a]);
    push({ at: last + rng.logNormal(2 * HOUR, 0.7), action: '改派', unit: CENTER, target: b, note: '派单有误，改派' });
    push({ at: workTime(rng, last + rng.logNormal(40 * MIN, 1)), action: '签收', unit: b, target: '', note: '' });
    push({ at: last + rng.logNormal(6 * HOUR, 0.7), action: '改派', unit: CENTER, target: a, note: '经会商仍由原单位承办' });
    push({ at: workTime(rng, last + rng.logNormal(40 * MIN, 1)), action: '签收', unit: a, target: '', note: '' });
    cur = a;
  }

  if (plant?.rule === 'R5') {
    // Never closed: urged, then supervised, and still open at the data end.
    push({ at: due + rng.range(2 * HOUR, 20 * HOUR), action: '催办', unit: CENTER, target: '', note: `请${cur}加快办理` });
    push({ at: due + rng.range(8, 12) * DAY_MS, action: '督办', unit: CENTER, target: '', note: '超期未办结，列入督办' });
    return ev;
  }

  // Extension (延期).
  if (rng.chance(0.035) && due - last > 2 * HOUR) {
    const extra = (urgency === '一般' ? 15 : 3) * DAY_MS;
    due += extra;
    push({ at: last + (due - extra - last) * rng.range(0.3, 0.8), action: '延期', unit: cur, target: '', note: `申请延期${extra / DAY_MS}天`, due });
  }

  const reopenTimes = plant?.rule === 'R3' ? plant.times : -1;
  for (let round = 0; ; round++) {
    const p = profile(cur);
    const quick = t.kind === '咨询' || leaf.nature === 'p';
    let close: number;
    if (rng.chance(p.onTime)) {
      const frac = Math.min(0.95, rng.logNormal(quick ? 0.08 : 0.22, 0.8));
      close = last + Math.max(10 * MIN, (due - last) * frac);
    } else {
      close = due + Math.min(25 * DAY_MS, Math.max(HOUR, rng.logNormal(2 * DAY_MS, 1)));
    }
    if (close > due) {
      const urge = due + rng.range(2 * HOUR, 20 * HOUR);
      if (urge < close - HOUR) push({ at: urge, action: '催办', unit: CENTER, target: '', note: `请${cur}加快办理` });
      if (close > due + 6 * DAY_MS) push({ at: due + rng.range(5, 6) * DAY_MS, action: '督办', unit: CENTER, target: '', note: '超期未办结，列入督办' });
    }
    const forceBad = reopenTimes > round;
    const solved = !forceBad && (t.kind === '表扬' || rng.chance(quick ? Math.min(0.97, p.solve + 0.15) : p.solve + round * 0.15));
    push({ at: close, action: '办结', unit: cur, target: '', note: '', reply: composeReply(rng, leaf, solved) });
    if (!forceBad && !rng.chance(0.88)) break;
    const survey = drawSurvey(rng, p, solved, forceBad);
    push({
      at: last + Math.min(5 * DAY_MS, rng.logNormal(20 * HOUR, 0.6)), action: '回访', unit: CENTER, target: '',
      note: survey.satisfaction ? `${survey.satisfaction}，${survey.resolved}` : '回访未接通', survey,
    });
    const unhappy = survey.resolved === '未解决' || survey.satisfaction === '不满意';
    const reopen = forceBad || (reopenTimes < 0 && round === 0 && unhappy && rng.chance(0.18));
    if (!reopen) break;
    push({ at: last + rng.range(1 * HOUR, 20 * HOUR), action: '重办', unit: CENTER, target: '', note: '来电人反映问题未解决，重新交办', due: 0 });
    due = sec(last + 7 * DAY_MS);
    ev[ev.length - 1]!.due = due;
    push({ at: workTime(rng, last + rng.logNormal(1 * HOUR, 0.8)), action: '签收', unit: cur, target: '', note: '' });
  }
  return ev;
}
