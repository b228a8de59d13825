import { formatLocal } from '../base/time/shanghai';

/**
 * 吹哨报到 (DOMAIN.md section 8): a street (`district/street`) summons units to a problem it cannot
 * solve alone; each summoned unit reports in (报到) with a time; the whistle ends with an outcome.
 * Instants are epoch ms.
 */
export const WHISTLE_TYPES = ['日常', '攻坚', '应急'] as const;
export type WhistleType = (typeof WHISTLE_TYPES)[number];

export const WHISTLE_REASONS = ['问题超出街乡解决能力', '需要综合执法', '应急处置'] as const;
export type WhistleReason = (typeof WHISTLE_REASONS)[number];

export type ReportIn = { unit: string; at: number; note: string };

export type Whistle = {
  id: string;
  /** `district/street` of the street that whistles. */
  street: string;
  type: WhistleType;
  reason: WhistleReason;
  /** What the problem is (事由), e.g. the address and what is wrong. */
  matter: string;
  /** When the whistle was blown and by when units must report in. */
  at: number;
  deadline: number;
  summoned: string[];
  reportIns: ReportIn[];
  /** 处置结果 once closed. */
  outcome: string | null;
  closedAt: number | null;
  /** Who blew it (the street's person on duty). */
  by: string;
  /** The campaign problem it serves, if any. */
  campaignId: string | null;
  problemId: string | null;
};

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const STREET = /^[^/]+\/[^/]+$/;

/**
 * Problems of a whistle record (Chinese, empty when valid): street as `区/街道`, a known type and
 * reason, a matter, a deadline after the whistle, at least one summoned unit without repeats, and
 * report-ins only of summoned units, each once, not before the whistle; an outcome only with a
 * closing time.
 */
export function validateWhistle(raw: unknown): string[] {
  if (!isObj(raw)) return ['吹哨记录须为对象'];
  const out: string[] = [];
  if (typeof raw.id !== 'string' || !raw.id.trim()) out.push('吹哨记录缺少编号');
  if (typeof raw.street !== 'string' || !STREET.test(raw.street.trim())) out.push(`吹哨街道须写成「区/街道」，例如 东城区/和平街道，当前为 ${JSON.stringify(raw.street)}`);
  if (!(WHISTLE_TYPES as readonly unknown[]).includes(raw.type)) out.push(`吹哨类型须为 ${WHISTLE_TYPES.join('、')} 之一，当前为 ${JSON.stringify(raw.type)}`);
  if (!(WHISTLE_REASONS as readonly unknown[]).includes(raw.reason)) out.push(`吹哨事由类别须为 ${WHISTLE_REASONS.join('、')} 之一，当前为 ${JSON.stringify(raw.reason)}`);
  if (typeof raw.matter !== 'string' || !raw.matter.trim()) out.push('请填写吹哨事项（什么问题、在哪里）');
  if (!isTime(raw.at)) out.push('吹哨时间无效');
  if (!isTime(raw.deadline)) out.push('报到时限无效');
  else if (isTime(raw.at) && raw.deadline <= raw.at) out.push('报到时限须晚于吹哨时间');
  const summoned = Array.isArray(raw.summoned) ? raw.summoned : null;
  if (!summoned || summoned.length === 0) out.push('至少要召集一个单位报到');
  else {
    if (summoned.some((u) => typeof u !== 'string' || !u.trim())) out.push('被召集单位名称不能为空');
    if (new Set(summoned).size !== summoned.length) out.push('被召集单位有重复');
  }
  if (!Array.isArray(raw.reportIns)) out.push('报到记录须为列表');
  else {
    const seen = new Set<string>();
    for (const r of raw.reportIns as unknown[]) {
      if (!isObj(r) || typeof r.unit !== 'string' || !isTime(r.at)) { out.push('每条报到记录须有单位和时间'); continue; }
      if (summoned && !summoned.includes(r.unit)) out.push(`单位「${r.unit}」未被召集，不能报到`);
      if (seen.has(r.unit)) out.push(`单位「${r.unit}」重复报到`);
      seen.add(r.unit);
      if (isTime(raw.at) && r.at < raw.at) out.push(`单位「${r.unit}」的报到时间早于吹哨时间`);
    }
  }
  if (raw.outcome !== null && raw.outcome !== undefined && (typeof raw.outcome !== 'string' || !raw.outcome.trim())) out.push('处置结果须为文字');
  if ((raw.outcome ?? null) !== null && !isTime(raw.closedAt)) out.push('有处置结果的吹哨须有办结时间');
  if (typeof raw.by !== 'string' || !raw.by.trim()) out.push('请填写吹哨人');
  return out;
}

export type WhistleChange = { ok: true; value: Whistle } | { ok: false; reason: string };

export type NewWhistle = Omit<Whistle, 'reportIns' | 'outcome' | 'closedAt' | 'campaignId' | 'problemId'> & { campaignId?: string | null; problemId?: string | null };

/** A new whistle (no report-in yet), validated; summoned units trimmed. */
export function createWhistle(input: NewWhistle): WhistleChange {
  const w: Whistle = {
    ...input, street: input.street.trim(), matter: input.matter.trim(), summoned: input.summoned.map((u) => u.trim()),
    reportIns: [], outcome: null, closedAt: null, campaignId: input.campaignId ?? null, problemId: input.problemId ?? null,
  };
  const bad = validateWhistle(w);
  return bad.length ? { ok: false, reason: bad[0]! } : { ok: true, value: w };
}

/** Records that `unit` reported in at `at`. Refused for units not summoned, twice, before the whistle, or once closed. */
export function reportIn(w: Whistle, unit: string, at: number, note = ''): WhistleChange {
  if (w.closedAt !== null) return { ok: false, reason: '该吹哨已办结，不能再报到' };
  if (!w.summoned.includes(unit)) return { ok: false, reason: `单位「${unit}」未被召集，不能报到` };
  if (w.reportIns.some((r) => r.unit === unit)) return { ok: false, reason: `单位「${unit}」已经报到过` };
  if (at < w.at) return { ok: false, reason: `报到时间 ${formatLocal(at)} 早于吹哨时间 ${formatLocal(w.at)}` };
  return { ok: true, value: { ...w, reportIns: [...w.reportIns, { unit, at, note: note.trim() }] } };
}

/** Closes a whistle with its outcome (处置结果). */
export function closeWhistle(w: Whistle, outcome: string, at: number): WhistleChange {
  if (w.closedAt !== null) return { ok: false, reason: '该吹哨已经办结' };
  if (!outcome.trim()) return { ok: false, reason: '请填写处置结果' };
  if (at < w.at) return { ok: false, reason: '办结时间不能早于吹哨时间' };
  return { ok: true, value: { ...w, outcome: outcome.trim(), closedAt: at } };
}
