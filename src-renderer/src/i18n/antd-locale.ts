// antd's date pickers format with dayjs; month and weekday names follow dayjs's locale.
// dayjs comes with antd (it is not a direct dependency of ours).
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { Locale } from './catalog';

/** The antd locale object (pickers, pagination, empty states) for each interface language. */
export const ANTD_LOCALES = { 'zh-CN': zhCN, en: enUS } as const satisfies Record<Locale, unknown>;

/** Points dayjs (used by antd's pickers) at the interface language. */
export function applyDayjsLocale(locale: Locale): void {
  dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
}
