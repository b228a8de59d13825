import { useCallback } from 'react';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import {
  DEFAULT_LOCALE, LOCALES, translate, type Locale, type MessageKey, type MessageParams,
} from './catalog';
import * as fmt from './format';

export { LOCALES, DEFAULT_LOCALE, translate, type Locale, type MessageKey, type MessageParams };
export { TIME_ZONE } from './format';

type LocaleState = { locale: Locale; setLocale(locale: Locale): void };

/** The interface language, zh-CN by default, switchable in 设置 and kept across restarts. */
export const useLocaleStore = create<LocaleState>()(
  persist(
    (set) => ({
      locale: DEFAULT_LOCALE,
      setLocale: (locale) => set({ locale: LOCALES.includes(locale) ? locale : DEFAULT_LOCALE }),
    }),
    { name: 'duban.locale', partialize: (s) => ({ locale: s.locale }) },
  ),
);

export function useLocale(): Locale {
  return useLocaleStore((s) => s.locale);
}

/** Translates outside React (commands, messages): uses the current locale. */
export function t(key: MessageKey, params?: MessageParams): string {
  return translate(useLocaleStore.getState().locale, key, params);
}

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** `t` bound to the current locale; components re-render when the language changes. */
export function useT(): Translate {
  const locale = useLocale();
  return useCallback((key: MessageKey, params?: MessageParams) => translate(locale, key, params), [locale]);
}

export type Formatters = {
  number(n: number | null | undefined, fractionDigits?: number): string;
  percent(rate: number | null | undefined, fractionDigits?: number): string;
  date(ms: number | null | undefined): string;
  dateTime(ms: number | null | undefined): string;
};

function formattersFor(locale: Locale): Formatters {
  return {
    number: (n, d) => fmt.formatNumber(locale, n, d),
    percent: (r, d) => fmt.formatPercent(locale, r, d),
    date: (ms) => fmt.formatDate(locale, ms),
    dateTime: (ms) => fmt.formatDateTime(locale, ms),
  };
}

const FORMATTERS: Record<Locale, Formatters> = { 'zh-CN': formattersFor('zh-CN'), en: formattersFor('en') };

/** Number and date formatters for the current locale (dates in Asia/Shanghai). */
export function useFormat(): Formatters {
  return FORMATTERS[useLocale()];
}

/** Formatters for the current locale, outside React. */
export function format(): Formatters {
  return FORMATTERS[useLocaleStore.getState().locale];
}
