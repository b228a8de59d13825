/** Test factories for campaigns and hotspots: tickets with defaults and seeded random sets. */
import { buildTicketTable, type TicketTable } from '@core/data/table/ticket-table';
import type { Ticket } from '@core/data/tickets/ticket';
import { localToEpoch } from '@core/base/time/shanghai';
import { rng } from '../../helpers/rng';
export { rng };

let seq = 0;

/** Epoch ms of local `YYYY-MM-DD[ HH:mm]`. */
export function at(s: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?$/.exec(s);
  if (!m) throw new Error(`bad test date ${s}`);
  return localToEpoch(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0));
}

/** A dispatched ticket (unit set, status 办理中) accepted 2025-03-10 10:00 local; override anything. */
export function ticket(p: Partial<Omit<Ticket, 'acceptedAt'>> & { acceptedAt?: number | string } = {}): Ticket {
  const { acceptedAt, ...rest } = p;
  return {
    id: `K${String(++seq).padStart(7, '0')}`,
    acceptedAt: typeof acceptedAt === 'string' ? at(acceptedAt) : acceptedAt ?? at('2025-03-10 10:00'),
    channel: '电话', kind: '投诉', category: '住房/物业管理/停车管理', content: '', district: '东城区', street: '和平街道',
    address: '', callerName: '', callerPhone: '', urgency: '一般', unit: '和平街道', unitType: '街乡镇',
    dispatchedAt: null, dueAt: null, status: '办理中', closedAt: null, reply: '', surveyedAt: null,
    responded: '', resolved: '', satisfaction: '', exempted: '', rejectCount: null, reopenCount: null, extra: {},
    ...rest,
  };
}

/** `n` tickets of month `YYYY-MM` (spread over its days), each overriding `over`. */
export function monthTickets(month: string, n: number, over: Partial<Ticket> = {}): Ticket[] {
  const [y, mo] = month.split('-').map(Number) as [number, number];
  return Array.from({ length: n }, (_, i) => ticket({ ...over, acceptedAt: localToEpoch(y, mo, 1 + (i % 28), 9 + (i % 8)) }));
}

export const table = (ts: readonly Ticket[]): TicketTable => buildTicketTable(ts);

export const CATEGORIES = [
  '住房/物业', '住房/物业管理', '住房/物业管理/停车管理', '住房/物业管理/物业收费', '住房>物业管理>电梯', '住房 / 物业管理',
  '交通管理/交通秩序/违章停车', '交通管理', '', '住房/物业/其他',
];
export const PLACES: [string, string][] = [['东城区', '和平街道'], ['东城区', '建设街道'], ['西城区', '和平街道'], ['西城区', ''], ['', ''], ['南湖区', '湖滨街道']];
export const CONTENTS = [
  '', '小区加装电梯进度缓慢', '加装 电梯 部分住户不同意', '加装\u3000电梯', 'ＡＢ栋停车难', 'ab栋停车难', '停车费涨价',
  '①号楼电梯坏了', '㈠期工程停水', '电话无人接听，楼梯灯坏', '物業撤場', '物业撤场后无人管理', 'Café 门口违停', '5G基站噪音',
];
export const KINDS_POOL = ['咨询', '求助', '投诉', '举报', '建议', '表扬', '其他', ''] as const;

/**
 * Random tickets over 2023-12 … 2025-06 with small pools so that every selector edge case
 * (category prefixes at and inside segment boundaries, `>` separators, empty values, full-width
 * and spaced keywords, compatibility characters, 已撤销 and unassigned tickets) occurs often;
 * some months are left without any ticket (uncovered).
 */
export function randomTickets(seed: number, n: number, opts: { gaps?: string[] } = {}): Ticket[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const gaps = new Set(opts.gaps ?? []);
  const out: Ticket[] = [];
  const start = localToEpoch(2023, 12, 1), span = localToEpoch(2025, 7, 1) - start;
  while (out.length < n) {
    const acceptedAt = start + Math.floor((r() * span) / 60_000) * 60_000;
    const d = new Date(acceptedAt + 8 * 3600_000);
    const month = `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
    if (gaps.has(month)) continue;
    const [district, street] = pick(PLACES);
    out.push(ticket({
      acceptedAt, category: pick(CATEGORIES), district, street, content: pick(CONTENTS), kind: pick(KINDS_POOL),
      unit: r() < 0.08 ? '' : pick(['和平街道', '东城区', '市住房城乡建设委', '市交通委']),
      status: r() < 0.08 ? '已撤销' : pick(['办理中', '已办结', '']),
    }));
  }
  return out;
}
