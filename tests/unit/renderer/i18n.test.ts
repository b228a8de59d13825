import { describe, expect, it } from 'vitest';
import { CATALOGS, placeholders, translate } from '@renderer/i18n/catalog';
import { formatDate, formatDateTime, formatNumber, formatPercent } from '@renderer/i18n/format';
import { zhCN } from '@renderer/i18n/zh-CN';
import { importEn, importZh } from '@renderer/i18n/messages/import';
import { ticketsEn, ticketsZh } from '@renderer/i18n/messages/tickets';

const PARTS = [{ zh: ticketsZh, en: ticketsEn }, { zh: importZh, en: importEn }];

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
    // The language switch names Chinese in Chinese (中文), as language menus do.
    expect(zhKeys.filter((k) => /[\u4e00-\u9fff]/.test(CATALOGS.en[k].replace('中文', '')))).toEqual([]);
  });

  it('every page catalog (tickets, import, assessment) is merged into both languages', () => {
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
