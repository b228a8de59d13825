import { canonicalJson, sha256Hex, type Versioned } from '../base/rules/versioned';
import { messageMaker, type CoreMessage } from '../base/text/message';

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

/** Messages of chronic rule validation: code → Chinese text; `{field}` is the threshold's Chinese name, `{fieldId}` its path. */
export const CHRONIC_RULE_MESSAGES = {
  'chronicRules.positiveInteger': '{field} 必须是正整数（当前 {value}）',
  'chronicRules.nonNegative': '{field} 必须是不小于 0 的数（当前 {value}）',
  'chronicRules.threshold': 'R6 相似度阈值必须在 0 到 1 之间（当前 {value}）',
} as const;

const message = messageMaker(CHRONIC_RULE_MESSAGES);

/** Chinese names of the thresholds a user edits, by their path in the rule body. */
export const CHRONIC_FIELD_NAMES = {
  'r1.gapDays': 'R1 间隔天数', 'r1.minTickets': 'R1 最少工单数',
  'r2.gapDays': 'R2 间隔天数', 'r2.minTickets': 'R2 最少工单数',
  'r3.minReopens': 'R3 重办次数', 'r4.minRejects': 'R4 退单次数', 'r5.overdueDays': 'R5 超期天数',
  'r6.threshold': 'R6 相似度阈值', 'r6.gramSize': 'R6 字符片段长度', 'r6.gapDays': 'R6 间隔天数', 'r6.minTickets': 'R6 最少工单数',
  'r6.minTextLength': 'R6 最短文本长度', 'r6.bands': 'R6 分段数', 'r6.rowsPerBand': 'R6 每段行数',
} as const;
export type ChronicFieldId = keyof typeof CHRONIC_FIELD_NAMES;

/**
 * Checks a rule body a user edited; returns Chinese problems (empty when valid), so a bad edit
 * is refused with a reason instead of silently detecting nothing.
 */
export function validateChronicRules(b: ChronicRuleBody): string[] {
  return validateChronicRuleMessages(b).map((x) => x.text);
}

/** {@link validateChronicRules} with each message's code and parameters (for the app's languages). */
export function validateChronicRuleMessages(b: ChronicRuleBody): CoreMessage[] {
  const out: CoreMessage[] = [];
  const posInt = (v: number, id: ChronicFieldId): void => {
    if (!Number.isInteger(v) || v < 1) out.push(message('chronicRules.positiveInteger', { field: CHRONIC_FIELD_NAMES[id], fieldId: id, value: String(v) }));
  };
  const nonNeg = (v: number, id: ChronicFieldId): void => {
    if (!Number.isFinite(v) || v < 0) out.push(message('chronicRules.nonNegative', { field: CHRONIC_FIELD_NAMES[id], fieldId: id, value: String(v) }));
  };
  nonNeg(b.r1.gapDays, 'r1.gapDays'); posInt(b.r1.minTickets, 'r1.minTickets');
  nonNeg(b.r2.gapDays, 'r2.gapDays'); posInt(b.r2.minTickets, 'r2.minTickets');
  posInt(b.r3.minReopens, 'r3.minReopens');
  posInt(b.r4.minRejects, 'r4.minRejects');
  nonNeg(b.r5.overdueDays, 'r5.overdueDays');
  if (!(b.r6.threshold > 0 && b.r6.threshold <= 1)) out.push(message('chronicRules.threshold', { fieldId: 'r6.threshold', value: String(b.r6.threshold) }));
  posInt(b.r6.gramSize, 'r6.gramSize'); nonNeg(b.r6.gapDays, 'r6.gapDays'); posInt(b.r6.minTickets, 'r6.minTickets');
  nonNeg(b.r6.minTextLength, 'r6.minTextLength'); posInt(b.r6.bands, 'r6.bands'); posInt(b.r6.rowsPerBand, 'r6.rowsPerBand');
  return out;
}
