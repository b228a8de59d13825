import { en } from './en';
import { zhCN, type MessageKey } from './zh-CN';

export type Locale = 'zh-CN' | 'en';
export type { MessageKey };
export type MessageParams = Record<string, string | number>;

export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export const CATALOGS: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

/** The names of the `{placeholders}` of a message, sorted. */
export function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

/**
 * The message `key` in `locale` with `{name}` placeholders filled from `params`. A missing
 * message falls back to zh-CN; a missing parameter is left as `{name}` so the gap is visible.
 */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const message = CATALOGS[locale][key] ?? zhCN[key] ?? key;
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
