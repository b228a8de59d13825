import { epochToLocalParts, localToEpoch } from '@core/base/time/shanghai';
import type { Whistle, WhistleReason, WhistleType } from '@core/campaigns/whistle';

/** Where a whistle stands: closed, open within its deadline, or open past it with units not reported in. */
export type WhistleState = 'closed' | 'open' | 'overdue';

export type UnitReport = { unit: string; at: number | null; note: string; status: 'onTime' | 'late' | 'missing' | 'waiting' };

export type WhistleRow = Whistle & {
  state: WhistleState;
  units: UnitReport[];
  onTime: number;
  late: number;
  missing: number;
};

/**
 * A whistle as the ledger shows it at instant `now`: each summoned unit on time (at or before the
 * deadline, as the on-time rate of §8 counts it), late, missing (not reported in and the deadline
 * passed or the whistle closed) or waiting (deadline still ahead).
 */
export function whistleRow(w: Whistle, now: number): WhistleRow {
  const units: UnitReport[] = w.summoned.map((unit) => {
    const r = w.reportIns.find((x) => x.unit === unit);
    if (r) return { unit, at: r.at, note: r.note, status: r.at <= w.deadline ? 'onTime' : 'late' };
    return { unit, at: null, note: '', status: w.closedAt !== null || now > w.deadline ? 'missing' : 'waiting' };
  });
  const count = (s: UnitReport['status']) => units.filter((u) => u.status === s).length;
  const missing = count('missing');
  const state: WhistleState = w.closedAt !== null ? 'closed' : missing > 0 ? 'overdue' : 'open';
  return { ...w, state, units, onTime: count('onTime'), late: count('late'), missing };
}

/** Default time allowed to report in by type (the demo ledger uses the same). */
export const DEFAULT_DEADLINE_HOURS: Readonly<Record<WhistleType, number>> = { 应急: 1, 攻坚: 24, 日常: 48 };

/** Message-key suffixes of the core's Chinese type and reason values. */
export const TYPE_KEYS: Readonly<Record<WhistleType, string>> = { 日常: 'daily', 攻坚: 'tough', 应急: 'emergency' };
export const REASON_KEYS: Readonly<Record<WhistleReason, string>> = { 问题超出街乡解决能力: 'beyond', 需要综合执法: 'enforcement', 应急处置: 'emergency' };

const pad = (n: number) => String(n).padStart(2, '0');

/** Epoch ms as the value of an `<input type="datetime-local">` in Asia/Shanghai (`2026-10-20T09:30`). */
export function toLocalInput(ms: number): string {
  const p = epochToLocalParts(ms);
  return `${p.y}-${pad(p.mo)}-${pad(p.d)}T${pad(p.h)}:${pad(p.mi)}`;
}

/** The value of a datetime-local input (Asia/Shanghai) as epoch ms; NaN when empty or malformed. */
export function fromLocalInput(s: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(s.trim());
  if (!m) return NaN;
  const [y, mo, d, h, mi] = [1, 2, 3, 4, 5].map((i) => Number(m[i]));
  const t = localToEpoch(y!, mo!, d!, h!, mi!, Number(m[6] ?? 0));
  const back = epochToLocalParts(t);
  return back.mo === mo && back.d === d && back.h === h ? t : NaN;
}
