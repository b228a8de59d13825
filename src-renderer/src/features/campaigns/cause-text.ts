import { causeText, type NullCause, type OutcomeFigure } from '@core/campaigns/outcome';
import type { Locale, Translate } from '@renderer/i18n';

export const figureLabel = (f: OutcomeFigure, t: Translate): string => t(`cmp.fig.${f}`);

/**
 * Why a figure is null, in the interface language: in Chinese exactly the CLI's nullReasons text
 * (causeText), in English the same reason from the cause's data.
 */
export function causeSentence(c: NullCause, locale: Locale, t: Translate): string {
  if (locale === 'zh-CN') return causeText(c);
  const figure = figureLabel(c.figure, t);
  switch (c.code) {
    case 'uncovered': return t('cmp.cause.uncovered', { months: c.months.join(', '), figure });
    case 'zero': return t('cmp.cause.zero', { counts: c.counts.map((x) => figureLabel(x, t)).join(', '), figure });
    case 'dependsOn': return t('cmp.cause.dependsOn', { figures: c.figures.map((x) => figureLabel(x, t)).join(', '), figure });
  }
}
