import type { Locale } from '@renderer/i18n';

/** Punctuation joining words in running text: Chinese full-width marks, or their English forms. */
export type Punct = { list: string; semi: string; colon: string; paren: (s: string) => string };

const ZH: Punct = { list: '、', semi: '；', colon: '：', paren: (s) => `（${s}）` };
const EN: Punct = { list: ', ', semi: '; ', colon: ': ', paren: (s) => ` (${s})` };

export const punct = (locale: Locale): Punct => (locale === 'zh-CN' ? ZH : EN);

/** Chinese collation order (pinyin) for sorting unit names and titles; one collator, made once. */
export const zhCompare = new Intl.Collator('zh-CN').compare;
