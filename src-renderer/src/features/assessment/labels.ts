import type { GroupKey } from '@core/assess/dimensions';
import type { ExemptionStatus } from '@core/assess/exemptions';
import { calendarUnitOf, formatDay, type Period } from '@core/assess/period';
import type { RateName } from '@core/assess/rates';
import { epochToLocalParts } from '@core/base/time/shanghai';
import { t as translateNow, type MessageKey, type Translate } from '@renderer/i18n';

// Names shown on screen in the interface language. src-core's RATE_LABELS, GROUP_KEY_LABELS and
// periodLabel stay the Chinese names written into exported files.

export function rateLabel(name: RateName, t: Translate = translateNow): string {
  return t(`assess.rate.${name}` as MessageKey);
}

export function groupKeyLabel(key: GroupKey, t: Translate = translateNow): string {
  return t(`assess.group.${key}` as MessageKey);
}

export function exemptionStatusLabel(status: ExemptionStatus, t: Translate = translateNow): string {
  return t(`assess.exemption.${status}` as MessageKey);
}

/** 2025年3月 / 3/2025, 2025年第1季度 / Q1 2025, 2025年, or a date span (Asia/Shanghai days). */
export function periodText(p: Period, t: Translate = translateNow): string {
  const unit = calendarUnitOf(p);
  const s = epochToLocalParts(p.from);
  if (unit === 'month') return t('assess.period.month', { y: s.y, m: s.mo });
  if (unit === 'quarter') return t('assess.period.quarter', { y: s.y, q: Math.floor((s.mo - 1) / 3) + 1 });
  if (unit === 'year') return t('assess.period.year', { y: s.y });
  return t('assess.period.custom', { from: formatDay(p.from), to: formatDay(p.to - 1) });
}
