import { useCallback } from 'react';
import { CATALOGS, translate, type Locale, type MessageKey, type MessageParams } from './catalog';
import { useLocale } from './index';

/** A src-core message as it travels: code, parameters and the core's Chinese text. */
export type CoreMessageLike = { code: string; params: MessageParams; text: string };

/**
 * Parameters that name something by its code as well as by its Chinese name (`rateId` beside
 * `rate`, `fieldId` beside `field`): in another language the name is taken from the catalog.
 */
function localParams(locale: Locale, params: MessageParams): MessageParams {
  const out: Record<string, string | number> = { ...params };
  const named = (key: string): string | null => (key in CATALOGS[locale] ? translate(locale, key as MessageKey) : null);
  if (typeof params.rateId === 'string') out.rate = named(`assess.rate.${params.rateId}`) ?? out.rate ?? params.rateId;
  if (typeof params.fieldId === 'string') out.field = named(`chronic.field.${params.fieldId}`) ?? out.field ?? params.fieldId;
  return out;
}

/**
 * A core message in `locale`: zh-CN is the core's own text (as the CLI prints it); another
 * language translates `core.<code>`, falling back to the Chinese text for a code it lacks.
 */
export function coreText(locale: Locale, m: CoreMessageLike): string {
  if (locale === 'zh-CN') return m.text;
  const key = `core.${m.code}`;
  if (!(key in CATALOGS[locale])) return m.text;
  return translate(locale, key as MessageKey, localParams(locale, m.params));
}

/** {@link coreText} bound to the current locale (re-renders when the language changes). */
export function useCoreText(): (m: CoreMessageLike) => string {
  const locale = useLocale();
  return useCallback((m: CoreMessageLike) => coreText(locale, m), [locale]);
}
