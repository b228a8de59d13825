import { canonicalJson, sha256Hex, type Versioned } from '../base/rules/versioned';
import { SATISFACTIONS, UNIT_TYPES, type Satisfaction, type UnitType } from '../data/tickets/ticket';
import type { CoreMessage } from '../base/text/message';
import { isRateName, RATE_LABELS, RATE_NAMES, type RateName } from './rates';
import { ruleMessage as m } from './rule-messages';

/** Which population a rate counts in: all dispatched tickets, or the evaluated ones (not exempted). */
export type RateBase = 'dispatched' | 'evaluated';

/** One weighted part of the composite score; `invert` uses 1 − rate (for lower-is-better rates). */
export type ScoreTerm = { rate: RateName; weight: number; invert?: boolean };

/** Groupings that may be ranked (DOMAIN.md section 5). */
export const RANKABLE = ['unit', 'district', 'street'] as const;
export type RankableKey = (typeof RANKABLE)[number];

/** 分档分类: a tier of unit types ranked together. */
export type UnitTier = { name: string; types: UnitType[] };

/** The body of an assessment rule set (data; versioned and hashed as a whole). */
export type AssessRules = {
  /** Display name, e.g. 默认考核规则. */
  name: string;
  /** Rates shown in rankings and reports, in order. */
  indicators: RateName[];
  /** Population of each rate's numerator and denominator. */
  bases: Record<RateName, RateBase>;
  /** Satisfaction values counted as satisfied. */
  satisfiedValues: Satisfaction[];
  /** score = scale × Σ weight·rate (or 1 − rate when inverted); null when any term's rate is null. */
  score: { scale: number; terms: ScoreTerm[] };
  /** Groups with fewer evaluated tickets are 样本不足 (insufficient) and unranked. */
  minEvaluated: number;
  /** Recurrence window after closing, in days (the end is inclusive). */
  recurrenceDays: number;
  /** Size N of the red list (best N) and the black list (worst N) of each ranking. */
  listSize: number;
  /** Single groupings that get a ranking. */
  rankedGroupings: RankableKey[];
  /** Units are ranked within these tiers; every unit type belongs to exactly one tier. */
  unitTiers: UnitTier[];
};

export type AssessRuleSet = Versioned<AssessRules>;

/** The default rule set body: exactly DOMAIN.md section 5. */
export const DEFAULT_RULES: AssessRules = {
  name: '默认考核规则（DOMAIN 第5节）',
  indicators: [...RATE_NAMES],
  bases: {
    responseRate: 'evaluated',
    resolutionRate: 'evaluated',
    satisfactionRate: 'evaluated',
    closureRate: 'dispatched',
    onTimeRate: 'dispatched',
    rejectRate: 'dispatched',
    reopenRate: 'dispatched',
    recurrenceRate: 'dispatched',
  },
  satisfiedValues: ['满意', '基本满意'],
  score: {
    scale: 100,
    terms: [
      { rate: 'responseRate', weight: 0.1 },
      { rate: 'resolutionRate', weight: 0.45 },
      { rate: 'satisfactionRate', weight: 0.45 },
    ],
  },
  minEvaluated: 30,
  recurrenceDays: 30,
  listSize: 10,
  rankedGroupings: ['unit', 'district', 'street'],
  unitTiers: UNIT_TYPES.map((t) => ({ name: t, types: [t] })),
};

export const DEFAULT_RULE_SET_ID = 'default-v1';

/** The built-in rule set `default-v1`, version 1 (createdAt 0: it predates every edit). */
export const DEFAULT_RULE_SET: AssessRuleSet = {
  id: DEFAULT_RULE_SET_ID,
  version: 1,
  createdAt: 0,
  sha256: sha256Hex(canonicalJson(DEFAULT_RULES)),
  body: DEFAULT_RULES,
};

const KNOWN_FIELDS = new Set(Object.keys(DEFAULT_RULES));
const rateList = RATE_NAMES.map((r) => `${r}（${RATE_LABELS[r]}）`).join('、');

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown, min: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min;

/**
 * Checks a rule set body. Returns Chinese messages that say what to fix; [] when valid.
 * Weights must be positive and sum to 1 (within 1e-9); rate names must be known; every unit
 * type must be in exactly one tier.
 */
export function validateRules(raw: unknown): string[] {
  return validateRuleMessages(raw).map((x) => x.text);
}

/** {@link validateRules} with each message's code and parameters (for the app's languages). */
export function validateRuleMessages(raw: unknown): CoreMessage[] {
  const errs: CoreMessage[] = [];
  if (!isObj(raw)) return [m('rules.notObject')];
  for (const k of Object.keys(raw)) {
    if (!KNOWN_FIELDS.has(k)) errs.push(m('rules.unknownField', { field: k, fields: [...KNOWN_FIELDS].join('、') }));
  }
  if (typeof raw.name !== 'string' || raw.name.trim() === '') errs.push(m('rules.nameEmpty'));
  if (!Array.isArray(raw.indicators) || raw.indicators.length === 0) {
    errs.push(m('rules.noIndicators'));
  } else {
    for (const r of raw.indicators) if (!isRateName(r)) errs.push(m('rules.unknownIndicator', { value: String(r), rates: rateList }));
    if (new Set(raw.indicators).size !== raw.indicators.length) errs.push(m('rules.duplicateIndicator'));
  }
  if (!isObj(raw.bases)) {
    errs.push(m('rules.basesMissing'));
  } else {
    for (const k of Object.keys(raw.bases)) if (!isRateName(k)) errs.push(m('rules.basesUnknown', { value: k, rates: rateList }));
    for (const r of RATE_NAMES) {
      const b = raw.bases[r];
      if (b !== 'dispatched' && b !== 'evaluated') errs.push(m('rules.badBase', { rate: RATE_LABELS[r], rateId: r, value: String(JSON.stringify(b)) }));
    }
  }
  if (!Array.isArray(raw.satisfiedValues) || raw.satisfiedValues.length === 0) {
    errs.push(m('rules.noSatisfied', { values: SATISFACTIONS.join('、') }));
  } else {
    for (const s of raw.satisfiedValues) if (!(SATISFACTIONS as readonly unknown[]).includes(s)) errs.push(m('rules.badSatisfied', { value: String(s), values: SATISFACTIONS.join('、') }));
  }
  const score = raw.score;
  if (!isObj(score)) {
    errs.push(m('rules.scoreMissing'));
  } else {
    if (typeof score.scale !== 'number' || !(score.scale > 0) || !Number.isFinite(score.scale)) errs.push(m('rules.badScale'));
    if (!Array.isArray(score.terms) || score.terms.length === 0) {
      errs.push(m('rules.noTerms'));
    } else {
      let sum = 0;
      const seen = new Set<string>();
      score.terms.forEach((t, i) => {
        if (!isObj(t)) { errs.push(m('rules.termNotObject', { n: i + 1 })); return; }
        if (!isRateName(t.rate)) errs.push(m('rules.termUnknownRate', { n: i + 1, value: String(t.rate), rates: rateList }));
        else if (seen.has(t.rate)) errs.push(m('rules.termDuplicateRate', { rate: RATE_LABELS[t.rate], rateId: t.rate }));
        else seen.add(t.rate);
        if (typeof t.weight !== 'number' || !Number.isFinite(t.weight) || t.weight <= 0) errs.push(m('rules.termBadWeight', { n: i + 1 }));
        else sum += t.weight;
        if (t.invert !== undefined && typeof t.invert !== 'boolean') errs.push(m('rules.termBadInvert', { n: i + 1 }));
        for (const k of Object.keys(t)) if (k !== 'rate' && k !== 'weight' && k !== 'invert') errs.push(m('rules.termUnknownField', { n: i + 1, field: k }));
      });
      if (Math.abs(sum - 1) > 1e-9) errs.push(m('rules.weightSum', { sum: Math.round(sum * 1e6) / 1e6 }));
    }
  }
  if (!isInt(raw.minEvaluated, 0)) errs.push(m('rules.badMinEvaluated'));
  if (!isInt(raw.recurrenceDays, 1)) errs.push(m('rules.badRecurrenceDays'));
  if (!isInt(raw.listSize, 0)) errs.push(m('rules.badListSize'));
  if (!Array.isArray(raw.rankedGroupings)) {
    errs.push(m('rules.groupingsNotList'));
  } else {
    for (const g of raw.rankedGroupings) if (!(RANKABLE as readonly unknown[]).includes(g)) errs.push(m('rules.badGrouping', { value: String(g) }));
  }
  if (!Array.isArray(raw.unitTiers) || raw.unitTiers.length === 0) {
    errs.push(m('rules.noTiers', { types: UNIT_TYPES.join('、') }));
  } else {
    const where = new Map<string, string>();
    const names = new Set<string>();
    for (const t of raw.unitTiers) {
      if (!isObj(t) || typeof t.name !== 'string' || t.name.trim() === '' || !Array.isArray(t.types)) {
        errs.push(m('rules.badTier'));
        continue;
      }
      if (names.has(t.name)) errs.push(m('rules.duplicateTier', { tier: t.name }));
      names.add(t.name);
      for (const ty of t.types) {
        if (!(UNIT_TYPES as readonly unknown[]).includes(ty)) errs.push(m('rules.badTierType', { tier: t.name, value: String(ty), types: UNIT_TYPES.join('、') }));
        else if (where.has(ty as string)) errs.push(m('rules.typeInTwoTiers', { type: String(ty), first: where.get(ty as string)!, tier: t.name }));
        else where.set(ty as string, t.name);
      }
    }
    const missing = UNIT_TYPES.filter((t) => !where.has(t));
    if (missing.length > 0) errs.push(m('rules.typesWithoutTier', { types: missing.join('、') }));
  }
  return errs;
}

/** Thrown by {@link parseRules} with every validation message. */
export class RulesError extends Error {
  constructor(readonly problems: string[]) {
    super(`考核规则无效：\n- ${problems.join('\n- ')}`);
    this.name = 'RulesError';
  }
}

/**
 * Reads a rule set from JSON data: either a full versioned rule set `{id, version, body}` or a
 * bare body. Fields a body omits take the default-v1 values (so `{"minEvaluated": 10}` is a
 * valid file). The sha256 is always recomputed; a given sha256 that differs is an error.
 * Throws {@link RulesError} with Chinese messages when invalid.
 */
export function parseRules(raw: unknown, fallbackId = 'custom'): AssessRuleSet {
  if (!isObj(raw)) throw new RulesError([m('rules.fileNotObject').text]);
  const versioned = isObj(raw.body);
  const bodyRaw = versioned ? (raw.body as Record<string, unknown>) : raw;
  const body = { ...DEFAULT_RULES, ...bodyRaw } as Record<string, unknown>;
  if (isObj(bodyRaw.score)) body.score = { ...DEFAULT_RULES.score, ...bodyRaw.score };
  if (isObj(bodyRaw.bases)) body.bases = { ...DEFAULT_RULES.bases, ...bodyRaw.bases };
  const problems = validateRules(body);
  let id = fallbackId;
  let version = 1;
  let createdAt = 0;
  if (versioned) {
    if (typeof raw.id !== 'string' || raw.id.trim() === '') problems.push(m('rules.idEmpty').text);
    else id = raw.id;
    if (raw.version !== undefined) {
      if (!isInt(raw.version, 1)) problems.push(m('rules.badVersion').text);
      else version = raw.version;
    }
    if (typeof raw.createdAt === 'number') createdAt = raw.createdAt;
  }
  if (problems.length) throw new RulesError(problems);
  const rules = body as AssessRules;
  const sha = sha256Hex(canonicalJson(rules));
  if (versioned && typeof raw.sha256 === 'string' && raw.sha256 !== sha) {
    throw new RulesError([m('rules.shaMismatch', { given: raw.sha256, actual: sha }).text]);
  }
  return { id, version, createdAt, sha256: sha, body: rules };
}
