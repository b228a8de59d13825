import { canonicalJson, sha256Hex, type Versioned } from '../base/rules/versioned';

/** Thresholds of the chronic-ticket rules (DOMAIN.md section 6); rules are data, versioned. */
export type ChronicRuleBody = {
  /** R1 repeat at address: same address key + category level 2, gap chains of `gapDays`. */
  r1: { enabled: boolean; gapDays: number; minTickets: number };
  /** R2 repeat caller: same phone key + category level 1. */
  r2: { enabled: boolean; gapDays: number; minTickets: number };
  /** R3 reopened: reopens ≥ minReopens. */
  r3: { enabled: boolean; minReopens: number };
  /** R4 buck-passing: rejects ≥ minRejects, or a dispatch sequence A → B → A when `pingPong`. */
  r4: { enabled: boolean; minRejects: number; pingPong: boolean };
  /** R5 long overdue: open, not 已撤销, dueAt set, asOf − dueAt > overdueDays. */
  r5: { enabled: boolean; overdueDays: number };
  /**
   * R6 near-duplicate within one street: character `gramSize`-gram Jaccard ≥ threshold links two
   * tickets; components split into gap chains. `bands` × `rowsPerBand` MinHash values drive the
   * LSH candidate search (16 × 3: a pair at exactly 0.6 is a candidate with probability 0.98).
   */
  r6: {
    enabled: boolean; threshold: number; gramSize: number; gapDays: number; minTickets: number;
    minTextLength: number; bands: number; rowsPerBand: number;
  };
};

export type ChronicRuleSet = Versioned<ChronicRuleBody>;

export const CHRONIC_V1_BODY: ChronicRuleBody = {
  r1: { enabled: true, gapDays: 90, minTickets: 3 },
  r2: { enabled: true, gapDays: 30, minTickets: 3 },
  r3: { enabled: true, minReopens: 2 },
  r4: { enabled: true, minRejects: 2, pingPong: true },
  r5: { enabled: true, overdueDays: 30 },
  r6: { enabled: true, threshold: 0.6, gramSize: 3, gapDays: 90, minTickets: 3, minTextLength: 3, bands: 16, rowsPerBand: 3 },
};

/** The default rule set `chronic-v1` of DOMAIN.md section 6 (createdAt 0: it is built in). */
export const CHRONIC_V1: ChronicRuleSet = {
  id: 'chronic-v1',
  version: 1,
  createdAt: 0,
  sha256: sha256Hex(canonicalJson(CHRONIC_V1_BODY)),
  body: CHRONIC_V1_BODY,
};

/** Chinese names of the rules, for lists and explanations. */
export const CHRONIC_RULE_NAMES: Record<ChronicRuleId, string> = {
  R1: '同址同类重复', R2: '同一来电人重复', R3: '多次重办', R4: '推诿扯皮', R5: '长期超期未办结', R6: '同街道相似诉求',
};

export type ChronicRuleId = 'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'R6';
export type CaseRuleId = 'R1' | 'R2' | 'R6';
export type FlagRuleId = 'R3' | 'R4' | 'R5';

/**
 * Checks a rule body a user edited; returns Chinese problems (empty when valid), so a bad edit
 * is refused with a reason instead of silently detecting nothing.
 */
export function validateChronicRules(b: ChronicRuleBody): string[] {
  const out: string[] = [];
  const posInt = (v: number, name: string): void => {
    if (!Number.isInteger(v) || v < 1) out.push(`${name} 必须是正整数（当前 ${v}）`);
  };
  const nonNeg = (v: number, name: string): void => {
    if (!Number.isFinite(v) || v < 0) out.push(`${name} 必须是不小于 0 的数（当前 ${v}）`);
  };
  nonNeg(b.r1.gapDays, 'R1 间隔天数'); posInt(b.r1.minTickets, 'R1 最少工单数');
  nonNeg(b.r2.gapDays, 'R2 间隔天数'); posInt(b.r2.minTickets, 'R2 最少工单数');
  posInt(b.r3.minReopens, 'R3 重办次数');
  posInt(b.r4.minRejects, 'R4 退单次数');
  nonNeg(b.r5.overdueDays, 'R5 超期天数');
  if (!(b.r6.threshold > 0 && b.r6.threshold <= 1)) out.push(`R6 相似度阈值必须在 0 到 1 之间（当前 ${b.r6.threshold}）`);
  posInt(b.r6.gramSize, 'R6 字符片段长度'); nonNeg(b.r6.gapDays, 'R6 间隔天数'); posInt(b.r6.minTickets, 'R6 最少工单数');
  nonNeg(b.r6.minTextLength, 'R6 最短文本长度'); posInt(b.r6.bands, 'R6 分段数'); posInt(b.r6.rowsPerBand, 'R6 每段行数');
  return out;
}
