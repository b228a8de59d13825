import { canonicalJson, sha256Hex, type Versioned } from '../base/rules/versioned';
import { SATISFACTIONS, UNIT_TYPES, type Satisfaction, type UnitType } from '../data/tickets/ticket';
import { isRateName, RATE_LABELS, RATE_NAMES, type RateName } from './rates';

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
  const errs: string[] = [];
  if (!isObj(raw)) return ['规则必须是一个 JSON 对象，例如 {"minEvaluated": 30}'];
  for (const k of Object.keys(raw)) {
    if (!KNOWN_FIELDS.has(k)) errs.push(`未知字段「${k}」，可用字段：${[...KNOWN_FIELDS].join('、')}`);
  }
  if (typeof raw.name !== 'string' || raw.name.trim() === '') errs.push('规则名称（name）不能为空');
  if (!Array.isArray(raw.indicators) || raw.indicators.length === 0) {
    errs.push('指标列表（indicators）至少要有一个指标');
  } else {
    for (const r of raw.indicators) if (!isRateName(r)) errs.push(`未知指标「${String(r)}」，可用指标：${rateList}`);
    if (new Set(raw.indicators).size !== raw.indicators.length) errs.push('指标列表（indicators）中有重复的指标');
  }
  if (!isObj(raw.bases)) {
    errs.push('口径（bases）必须为每个指标给出 dispatched（派单量）或 evaluated（参评量）');
  } else {
    for (const k of Object.keys(raw.bases)) if (!isRateName(k)) errs.push(`口径（bases）中有未知指标「${k}」，可用指标：${rateList}`);
    for (const r of RATE_NAMES) {
      const b = raw.bases[r];
      if (b !== 'dispatched' && b !== 'evaluated') errs.push(`指标「${RATE_LABELS[r]}」的口径须为 dispatched（派单量）或 evaluated（参评量），当前为 ${JSON.stringify(b)}`);
    }
  }
  if (!Array.isArray(raw.satisfiedValues) || raw.satisfiedValues.length === 0) {
    errs.push(`满意取值（satisfiedValues）至少要有一个，可选：${SATISFACTIONS.join('、')}`);
  } else {
    for (const s of raw.satisfiedValues) if (!(SATISFACTIONS as readonly unknown[]).includes(s)) errs.push(`满意取值「${String(s)}」无效，可选：${SATISFACTIONS.join('、')}`);
  }
  const score = raw.score;
  if (!isObj(score)) {
    errs.push('综合得分（score）须包含 scale 和 terms');
  } else {
    if (typeof score.scale !== 'number' || !(score.scale > 0) || !Number.isFinite(score.scale)) errs.push('得分满分（score.scale）须为正数，例如 100');
    if (!Array.isArray(score.terms) || score.terms.length === 0) {
      errs.push('综合得分至少要有一个指标权重（score.terms）');
    } else {
      let sum = 0;
      const seen = new Set<string>();
      score.terms.forEach((t, i) => {
        if (!isObj(t)) { errs.push(`第 ${i + 1} 个权重项须为对象 {"rate": 指标, "weight": 权重}`); return; }
        if (!isRateName(t.rate)) errs.push(`第 ${i + 1} 个权重项的指标「${String(t.rate)}」未知，可用指标：${rateList}`);
        else if (seen.has(t.rate)) errs.push(`指标「${RATE_LABELS[t.rate]}」在综合得分中出现了两次，请合并权重`);
        else seen.add(t.rate);
        if (typeof t.weight !== 'number' || !Number.isFinite(t.weight) || t.weight <= 0) errs.push(`第 ${i + 1} 个权重项的权重须为大于 0 的数`);
        else sum += t.weight;
        if (t.invert !== undefined && typeof t.invert !== 'boolean') errs.push(`第 ${i + 1} 个权重项的 invert 须为 true 或 false`);
        for (const k of Object.keys(t)) if (k !== 'rate' && k !== 'weight' && k !== 'invert') errs.push(`第 ${i + 1} 个权重项有未知字段「${k}」`);
      });
      if (Math.abs(sum - 1) > 1e-9) errs.push(`各指标权重之和须为 1（当前为 ${Math.round(sum * 1e6) / 1e6}），请调整权重`);
    }
  }
  if (!isInt(raw.minEvaluated, 0)) errs.push('最小样本量（minEvaluated）须为不小于 0 的整数，默认 30');
  if (!isInt(raw.recurrenceDays, 1)) errs.push('复发观察天数（recurrenceDays）须为正整数，默认 30');
  if (!isInt(raw.listSize, 0)) errs.push('红黑榜人数（listSize）须为不小于 0 的整数');
  if (!Array.isArray(raw.rankedGroupings)) {
    errs.push('参与排名的分组（rankedGroupings）须为列表，可选 unit、district、street');
  } else {
    for (const g of raw.rankedGroupings) if (!(RANKABLE as readonly unknown[]).includes(g)) errs.push(`分组「${String(g)}」不能排名，可选 unit（承办单位）、district（区）、street（街道）`);
  }
  if (!Array.isArray(raw.unitTiers) || raw.unitTiers.length === 0) {
    errs.push(`单位分档（unitTiers）至少要有一档，且每种单位类型（${UNIT_TYPES.join('、')}）恰好属于一档`);
  } else {
    const where = new Map<string, string>();
    const names = new Set<string>();
    for (const t of raw.unitTiers) {
      if (!isObj(t) || typeof t.name !== 'string' || t.name.trim() === '' || !Array.isArray(t.types)) {
        errs.push('每个单位分档须为 {"name": 名称, "types": [单位类型…]}');
        continue;
      }
      if (names.has(t.name)) errs.push(`单位分档名称「${t.name}」重复`);
      names.add(t.name);
      for (const ty of t.types) {
        if (!(UNIT_TYPES as readonly unknown[]).includes(ty)) errs.push(`分档「${t.name}」中的单位类型「${String(ty)}」无效，可选：${UNIT_TYPES.join('、')}`);
        else if (where.has(ty as string)) errs.push(`单位类型「${String(ty)}」同时属于分档「${where.get(ty as string)}」和「${t.name}」，请只保留一个`);
        else where.set(ty as string, t.name);
      }
    }
    const missing = UNIT_TYPES.filter((t) => !where.has(t));
    if (missing.length > 0) errs.push(`单位类型 ${missing.join('、')} 不属于任何分档，请把它们加入某一档`);
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
  if (!isObj(raw)) throw new RulesError(['规则文件须为 JSON 对象']);
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
    if (typeof raw.id !== 'string' || raw.id.trim() === '') problems.push('规则集编号（id）不能为空');
    else id = raw.id;
    if (raw.version !== undefined) {
      if (!isInt(raw.version, 1)) problems.push('规则集版本（version）须为正整数');
      else version = raw.version;
    }
    if (typeof raw.createdAt === 'number') createdAt = raw.createdAt;
  }
  if (problems.length) throw new RulesError(problems);
  const rules = body as AssessRules;
  const sha = sha256Hex(canonicalJson(rules));
  if (versioned && typeof raw.sha256 === 'string' && raw.sha256 !== sha) {
    throw new RulesError([`规则集 sha256 与内容不符（文件写的是 ${raw.sha256}，按内容计算为 ${sha}），规则可能被改动过`]);
  }
  return { id, version, createdAt, sha256: sha, body: rules };
}
