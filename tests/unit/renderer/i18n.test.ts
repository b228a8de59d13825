import { describe, expect, it } from 'vitest';
import { CATALOGS, placeholders, translate } from '@renderer/i18n/catalog';
import { formatDate, formatDateTime, formatNumber, formatPercent } from '@renderer/i18n/format';
import { zhCN } from '@renderer/i18n/zh-CN';
import { GRID_COLUMNS } from '@renderer/features/tickets/grid-columns';
import { describeFilter } from '@renderer/features/tickets/query-edit';
import { formatDuration } from '@renderer/features/tickets/flow-steps';
import { periodText } from '@renderer/features/assessment/labels';
import { periodContaining, periodLabel } from '@core/assess/period';
import type { MessageKey, MessageParams } from '@renderer/i18n/catalog';
import { GROUP_KEY_LABELS } from '@core/assess/dimensions';
import { EXEMPTION_STATUS_LABELS } from '@core/assess/exemptions';
import { RATE_LABELS } from '@core/assess/rates';
import { assessmentEn, assessmentZh } from '@renderer/i18n/messages/assessment';
import { importEn, importZh } from '@renderer/i18n/messages/import';
import { ticketsEn, ticketsZh } from '@renderer/i18n/messages/tickets';
import { chronicEn, chronicZh, KEPT_CHINESE_TERMS } from '@renderer/i18n/messages/chronic';

const PARTS = [{ zh: ticketsZh, en: ticketsEn }, { zh: importZh, en: importEn }, { zh: assessmentZh, en: assessmentEn }, { zh: chronicZh, en: chronicEn }];

/** English text without the Chinese an English message may carry: 中文 in the language switch, kept domain terms in brackets. */
function withoutKeptChinese(m: string): string {
  let out = m.replace('中文', '');
  for (const term of KEPT_CHINESE_TERMS) out = out.split(`(${term})`).join('');
  return out;
}

const zhKeys = Object.keys(zhCN) as (keyof typeof zhCN)[];

describe('message catalogs', () => {
  it('every zh-CN key exists in en, and en has no extra keys', () => {
    const en = CATALOGS.en as Record<string, string>;
    expect(zhKeys.filter((k) => !(k in en))).toEqual([]);
    expect(Object.keys(en).filter((k) => !(k in zhCN))).toEqual([]);
  });

  it('every message has the same placeholders in both languages', () => {
    const mismatched = zhKeys.filter((k) => placeholders(zhCN[k]).join() !== placeholders(CATALOGS.en[k]).join());
    expect(mismatched).toEqual([]);
  });

  it('no message is empty in either language', () => {
    expect(zhKeys.filter((k) => zhCN[k].trim() === '')).toEqual([]);
    // English drops Chinese counter words (件, 条): only a message that short may be empty in English.
    expect(zhKeys.filter((k) => CATALOGS.en[k].trim() === '' && zhCN[k].trim().length > 1)).toEqual([]);
  });

  it('user-facing zh-CN text is Chinese (a message of only placeholders and punctuation has no language)', () => {
    // Product and key names (Excel, CSV, Ctrl) are not words of a language either.
    const words = (m: string) => m.replace(/\{\w+\}/g, '').replace(/\b(Excel|XLSX|CSV|UTF-\d+|GBK|Ctrl|Shift|Enter|Esc)\b/g, '');
    const notChinese = zhKeys.filter((k) => !/[\u4e00-\u9fff]/.test(zhCN[k]) && /[A-Za-z]/.test(words(zhCN[k])));
    expect(notChinese).toEqual([]);
  });

  it('English messages are English: no Chinese characters', () => {
    // The language switch names Chinese in Chinese (中文), as language menus do; the 疑难件 pages
    // keep an office's own process terms in brackets beside the English (KEPT_CHINESE_TERMS).
    expect(zhKeys.filter((k) => /[\u4e00-\u9fff]/.test(withoutKeptChinese(CATALOGS.en[k])))).toEqual([]);
  });

  it('every page catalog (tickets, import, assessment, chronic) is merged into both languages', () => {
    for (const part of PARTS) {
      expect(Object.keys(part.en).sort()).toEqual(Object.keys(part.zh).sort());
      for (const [k, v] of Object.entries(part.zh)) {
        expect((zhCN as Record<string, string>)[k]).toBe(v);
        expect((CATALOGS.en as Record<string, string>)[k]).toBe((part.en as Record<string, string>)[k]);
      }
    }
  });

  it('fills placeholders and leaves missing ones visible', () => {
    expect(translate('zh-CN', 'status.tickets', { count: '5,000' })).toBe('本机工单 5,000 件');
    expect(translate('en', 'status.tickets', { count: 12 })).toBe('12 tickets on this computer');
    expect(translate('zh-CN', 'status.tickets')).toBe('本机工单 {count} 件');
  });
});

describe('names shared with src-core', () => {
  const zh = zhCN as Record<string, string>;

  it('rate, dimension and exemption-status names in zh-CN are the core labels (exports use those)', () => {
    for (const [k, v] of Object.entries(RATE_LABELS)) expect(zh[`assess.rate.${k}`]).toBe(v);
    for (const [k, v] of Object.entries(GROUP_KEY_LABELS)) expect(zh[`assess.group.${k}`]).toBe(v);
    for (const [k, v] of Object.entries(EXEMPTION_STATUS_LABELS)) expect(zh[`assess.exemption.${k}`]).toBe(v);
  });

  it('every ticket grid column has a catalog header equal to its canonical Chinese header', () => {
    for (const c of GRID_COLUMNS) expect(zh[`tickets.col.${c.key}`]).toBe(c.header);
  });
});

describe('texts built from messages', () => {
  const en = (k: MessageKey, p?: MessageParams) => translate('en', k, p);
  const zh = (k: MessageKey, p?: MessageParams) => translate('zh-CN', k, p);

  it('describes filters in English with English column names, data values unchanged', () => {
    expect(describeFilter({ kind: 'in', column: 'status', values: ['已办结', '', '办理中', '待签收'] }, en)).toBe('Status: 已办结, (blank), 办理中 and 4 in all');
    expect(describeFilter({ kind: 'num', column: 'rejects', min: 2 }, en)).toBe('Rejects ≥ 2');
    expect(describeFilter({ kind: 'text', column: 'address', contains: '小区' }, en)).toBe('Address contains “小区”');
    expect(describeFilter({ kind: 'range', column: 'closedAt', empty: true }, en)).toBe('Closed: blank');
  });

  it('durations in both languages', () => {
    const ms = (2 * 24 + 3) * 3_600_000;
    expect(formatDuration(ms, zh)).toBe('2天3小时');
    expect(formatDuration(ms, en)).toBe('2d 3h');
    expect(formatDuration(30_000, en)).toBe('under 1 min');
  });

  it('period names: zh-CN is exactly the core label, English reads naturally', () => {
    const march = periodContaining(Date.UTC(2025, 2, 10), 'month');
    const q1 = periodContaining(Date.UTC(2025, 1, 10), 'quarter');
    for (const p of [march, q1, periodContaining(Date.UTC(2025, 5, 1), 'year'), { from: march.from, to: march.from + 5 * 86_400_000 }]) {
      expect(periodText(p, zh)).toBe(periodLabel(p));
    }
    expect(periodText(march, en)).toBe('3/2025');
    expect(periodText(q1, en)).toBe('Q1 2025');
  });
});

describe('formatting', () => {
  // 2025-03-01 00:30 in Shanghai is 2025-02-28 16:30 UTC: the date must be Shanghai's.
  const ms = Date.UTC(2025, 1, 28, 16, 30);

  it('formats dates in Asia/Shanghai', () => {
    expect(formatDate('zh-CN', ms)).toBe('2025年3月1日');
    expect(formatDateTime('zh-CN', ms)).toBe('2025/3/1 00:30');
    expect(formatDate('en', ms)).toBe('March 1, 2025');
  });

  it('groups numbers and shows a dash for missing values', () => {
    expect(formatNumber('zh-CN', 200000)).toBe('200,000');
    expect(formatNumber('zh-CN', null)).toBe('—');
    expect(formatNumber('zh-CN', Number.NaN)).toBe('—');
    expect(formatPercent('zh-CN', 0.9342)).toBe('93.4%');
    expect(formatPercent('zh-CN', null)).toBe('—');
    expect(formatDate('zh-CN', null)).toBe('—');
  });
});
