/**
 * The demo city: a deterministic synthetic 12345 hotline data set (tickets and flow events)
 * for the welcome page, the CLI `demo` command, tests and benchmarks. Pure: no clock, no
 * Math.random, no platform APIs; the same options give the same data in Node and in a worker.
 */
import type { FlowEvent, Ticket, UnitType } from '../data/tickets/ticket';
import { DEFAULT_END } from './calendar';
import { categoryTree, type CategoryNode } from './categories';
import { generateStream } from './generator';
import { CITY_NAME, DISTRICTS } from './places';
import { buildUnits } from './units';

export type DemoOptions = { tickets: number; seed: number; months?: number; end?: string };

/** Defaults of the welcome page and the CLI. */
export const DEMO_DEFAULTS: { readonly tickets: number; readonly seed: number } = { tickets: 200_000, seed: 12345 };
export const DEMO_DEFAULT_MONTHS = 24;
export { DEFAULT_END as DEMO_DEFAULT_END };

export type { CategoryNode };
export type CityCatalog = {
  city: string;
  districts: { name: string; streets: string[] }[];
  units: { name: string; type: UnitType; district: string }[];
  categories: CategoryNode[];
  channels: string[];
};

function checked(o: DemoOptions): { tickets: number; seed: number; months: number; end: string } {
  const tickets = o.tickets;
  const months = o.months ?? DEMO_DEFAULT_MONTHS;
  if (!Number.isInteger(tickets) || tickets < 0) throw new Error(`工单数量“${tickets}”无效，请填写不小于 0 的整数`);
  if (!Number.isInteger(months) || months < 1 || months > 240) throw new Error(`月数“${months}”无效，请填写 1 到 240 之间的整数`);
  if (!Number.isInteger(o.seed)) throw new Error(`随机种子“${o.seed}”无效，请填写整数`);
  return { tickets, seed: o.seed, months, end: o.end ?? DEFAULT_END };
}

/**
 * Generates the whole city at once: tickets ordered by acceptedAt (ids `GD` + date + serial)
 * and their flow events (grouped by ticket, time-ordered, `seq` = file order). `months` months
 * end with local day `end` (default 24 months ending 2026-10-31). Throws a Chinese message on
 * invalid options. For very large cities prefer {@link generateCityChunks}.
 */
export function generateCity(o: DemoOptions): { tickets: Ticket[]; events: FlowEvent[] } {
  const tickets: Ticket[] = [];
  const events: FlowEvent[] = [];
  for (const c of generateCityChunks(o, 50_000)) {
    for (const t of c.tickets) tickets.push(t);
    for (const e of c.events) events.push(e);
  }
  return { tickets, events };
}

/**
 * The same city as {@link generateCity}, in chunks of `chunkSize` tickets (the last may be
 * smaller) with the events of exactly those tickets. The concatenated output is identical for
 * every chunk size, so writers can stream a million tickets without holding them all.
 */
export function generateCityChunks(o: DemoOptions, chunkSize = 10_000): Iterable<{ tickets: Ticket[]; events: FlowEvent[] }> {
  const opts = checked(o);
  const size = Math.max(1, Math.floor(chunkSize));
  return { [Symbol.iterator]: () => generateStream(opts, size) };
}

/** Districts with their streets, handling units with types, the category tree and channels, for UI pickers. */
export function cityCatalog(): CityCatalog {
  return {
    city: CITY_NAME,
    districts: DISTRICTS.map((d) => ({ name: d.name, streets: [...d.streets] })),
    units: buildUnits().map((u) => ({ name: u.name, type: u.type, district: u.district })),
    categories: categoryTree(),
    channels: ['电话', '网站', '微信', 'APP', '小程序'],
  };
}

export { demoCampaigns, type DemoCampaignData, type DemoTicketSource } from './campaigns';
export { demoWhistles, demoWhistleMonths } from './whistles';
export { campaignSpecs } from './campaign-specs';
export { lastFullMonth } from './campaign-effect';
