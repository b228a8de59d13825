import { categorySegments, normText } from '../base/text/normalize';
import { KINDS, type Kind } from '../data/tickets/ticket';

/**
 * A problem selector of DOMAIN.md section 8: which tickets belong to a campaign problem. Each
 * list empty means "any"; a ticket matches when every non-empty list matches (see
 * selector-match.ts). Values are kept canonical: category paths joined by `/`, streets as
 * `district/street`, everything trimmed, duplicates dropped (keywords by their normalized form).
 */
export type ProblemSelector = {
  /** Category paths; a ticket matches a path it equals or that it continues after a `/`. */
  categories: string[];
  districts: string[];
  /** `district/street`. */
  streets: string[];
  kinds: Kind[];
  /** Matched against the normalized content (NFKC, white space removed), normalized the same way. */
  keywords: string[];
};

export const SELECTOR_FIELDS = ['categories', 'districts', 'streets', 'kinds', 'keywords'] as const;
export type SelectorField = (typeof SELECTOR_FIELDS)[number];

/** Chinese names of the fields, for messages. */
export const SELECTOR_FIELD_LABELS: Readonly<Record<SelectorField, string>> = {
  categories: '诉求分类', districts: '区', streets: '街道', kinds: '诉求类型', keywords: '关键词',
};

export type SelectorParse = { ok: true; selector: ProblemSelector } | { ok: false; reason: string };

/** A selector that matches every dispatched ticket. */
export function emptySelector(): ProblemSelector {
  return { categories: [], districts: [], streets: [], kinds: [], keywords: [] };
}

/** True when no list restricts anything (the selector matches every dispatched ticket). */
export function isEmptySelector(s: ProblemSelector): boolean {
  return SELECTOR_FIELDS.every((f) => s[f].length === 0);
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const fieldList = SELECTOR_FIELDS.map((f) => `${f}（${SELECTOR_FIELD_LABELS[f]}）`).join('、');
const EXAMPLE: Readonly<Record<SelectorField, string>> = {
  categories: '["住房/物业管理"]', districts: '["东城区"]', streets: '["东城区/和平街道"]', kinds: '["投诉", "求助"]', keywords: '["电梯"]',
};
const shown = (v: unknown): string => (typeof v === 'string' ? `「${v}」` : JSON.stringify(v) ?? String(v));

/** Canonical category path: segments (separators `/`, `>`, `＞`) trimmed and joined by `/`. */
export function canonicalCategory(path: string): string {
  return categorySegments(path).join('/');
}

/**
 * Reads a selector from parsed JSON. Missing fields are empty lists; unknown fields, values that
 * are not lists of non-empty strings, an unknown 诉求类型, a street not written `区/街道` and a
 * keyword that is only white space are refused with a one-line Chinese reason naming the field,
 * the item and what to write instead.
 */
export function parseSelector(raw: unknown): SelectorParse {
  const fail = (reason: string): SelectorParse => ({ ok: false, reason });
  if (!isObj(raw)) return fail(`问题选择器须为 JSON 对象，例如 {"categories": ["住房/物业管理"], "districts": ["东城区"]}，当前为 ${Array.isArray(raw) ? '列表' : shown(raw)}`);
  for (const k of Object.keys(raw)) {
    if (!(SELECTOR_FIELDS as readonly string[]).includes(k)) return fail(`问题选择器有未知字段「${k}」，可用字段：${fieldList}`);
  }
  const out = emptySelector();
  for (const f of SELECTOR_FIELDS) {
    const v = raw[f];
    if (v === undefined) continue;
    if (!Array.isArray(v)) return fail(`「${f}」（${SELECTOR_FIELD_LABELS[f]}）须为文字列表，例如 ${EXAMPLE[f]}（空列表 [] 表示不限），当前为 ${shown(v)}`);
    const seen = new Set<string>();
    for (let i = 0; i < v.length; i++) {
      const item: unknown = v[i];
      const at = `「${f}」（${SELECTOR_FIELD_LABELS[f]}）的第 ${i + 1} 项`;
      if (typeof item !== 'string') return fail(`${at}须为文字，当前为 ${shown(item)}`);
      const s = item.trim();
      if (s === '') return fail(`${at}为空，请删除该项或填写内容`);
      let value = s;
      let dedupeKey = s;
      switch (f) {
        case 'categories':
          value = dedupeKey = canonicalCategory(s);
          if (value === '') return fail(`${at}${shown(s)}只有分隔符，请写成分类路径，例如 住房/物业管理`);
          break;
        case 'streets': {
          const parts = s.split('/').map((x) => x.trim());
          if (parts.length !== 2 || parts[0] === '' || parts[1] === '') return fail(`${at}${shown(s)}须写成「区/街道」，例如 东城区/和平街道`);
          value = dedupeKey = `${parts[0]}/${parts[1]}`;
          break;
        }
        case 'kinds':
          if (!(KINDS as readonly string[]).includes(s)) return fail(`${at}${shown(s)}不是诉求类型，可选：${KINDS.join('、')}`);
          break;
        case 'keywords':
          dedupeKey = normText(s);
          if (dedupeKey === '') return fail(`${at}只有空白，请填写关键词`);
          break;
        default:
          break;
      }
      if (seen.has(dedupeKey)) continue;
      seen.add(dedupeKey);
      (out[f] as string[]).push(value);
    }
  }
  return { ok: true, selector: out };
}

/**
 * Reads a selector from JSON text (a leading BOM is ignored): text that is not JSON, or JSON
 * that is not a valid selector, gives a one-line Chinese reason.
 */
export function parseSelectorJson(text: string): SelectorParse {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return { ok: false, reason: `问题选择器不是有效的 JSON（${msg}），请检查括号、引号和逗号` };
  }
  return parseSelector(raw);
}

/** A short Chinese description of a selector, e.g. 诉求分类 住房/物业管理；区 东城区、西城区. */
export function describeSelector(s: ProblemSelector): string {
  const parts = SELECTOR_FIELDS.filter((f) => s[f].length > 0).map((f) => `${SELECTOR_FIELD_LABELS[f]} ${s[f].join('、')}`);
  return parts.length ? parts.join('；') : '全部派单工单';
}
