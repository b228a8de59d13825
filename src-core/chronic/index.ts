/**
 * Chronic-ticket detection (DOMAIN.md section 6, rule set chronic-v1).
 *
 * Decisions where the text leaves room (also in the report of the change that added them):
 * - asOf as an instant is the end of the asOf day: local (Asia/Shanghai) midnight of the next day,
 *   exclusive. A ticket is visible when acceptedAt < that instant; R5 fires when
 *   asOfEnd − dueAt > overdueDays·24 h.
 * - R5 tests closedAt as it is in the data (empty), R3/R4 the counts as they are: a ticket closed or
 *   reopened after the asOf day is judged by its current values.
 * - R6 groups by `district/street` and only tickets with a non-empty street (an empty key never
 *   groups); the case key is `district/street`. R1's key is `addressKey|category2`; R2's key is the
 *   masked phone (`138****1234|category1`), since phone numbers are shown masked everywhere.
 * - firstAt / lastAt are the first and last acceptedAt of a case as `YYYY-MM-DD HH:mm:ss` local.
 * - Cases are ordered by rule (R1, R2, R6), firstAt, key, first ticket id; flags by ticket id.
 */
export { ChronicIndex, detectChronic, asOfEndOf } from './chronic-index';
export { toCliResult, type ChronicCliResult } from './cli-result';
export { explainCase, explainFlag } from './explain';
export { findSimilarPairs } from './similar-pairs';
export { unitSignals, DEFAULT_SIGNAL_OPTIONS, type UnitSignals, type SignalOptions } from './unit-signals';
export { CHRONIC_V1, CHRONIC_V1_BODY, CHRONIC_RULE_NAMES, CHRONIC_FIELD_NAMES, CHRONIC_RULE_MESSAGES, validateChronicRules, validateChronicRuleMessages } from './rule-set';
export type { ChronicRuleBody, ChronicRuleSet, ChronicRuleId, CaseRuleId, FlagRuleId } from './rule-set';
export type { ChronicDetection, DetectedCase, DetectedFlag, CaseEvidence, SimilarLink, ChronicProgress } from './types';
