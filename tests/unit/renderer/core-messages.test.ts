/**
 * src-core's user-facing messages by code: every code has an English text with the same
 * placeholders, zh-CN reads exactly as the core writes it (the CLI's text), and the messages the
 * core makes carry a code the catalogs know.
 */
import { describe, expect, it } from 'vitest';
import { fillTemplate, messageMaker } from '@core/base/text/message';
import { createImportSession } from '@core/data/import/session';
import { validateRuleMessages, validateRules, DEFAULT_RULES } from '@core/assess/rules';
import { CHRONIC_V1_BODY, validateChronicRuleMessages, validateChronicRules } from '@core/chronic/rule-set';
import { CATALOGS, placeholders, type MessageKey } from '@renderer/i18n/catalog';
import { coreText } from '@renderer/i18n/core-text';
import { CORE_MESSAGES, coreEn, coreZh } from '@renderer/i18n/messages/core';

const codes = Object.keys(CORE_MESSAGES) as (keyof typeof CORE_MESSAGES)[];

function importCsv(text: string) {
  const s = createImportSession({ target: 'tickets', fileName: 'a.csv' });
  s.push(new TextEncoder().encode(text));
  s.end();
  return s.report();
}

describe('core message codes', () => {
  it('every code has an English text with the same placeholders, and zh-CN is the core template', () => {
    expect(codes.length).toBeGreaterThan(60);
    for (const c of codes) {
      const key = `core.${c}` as MessageKey;
      expect(CATALOGS.en[key], c).toBeTruthy();
      expect(CATALOGS.en[key]).toBe((coreEn as Record<string, string>)[key]);
      expect(placeholders(CATALOGS.en[key]), c).toEqual(placeholders(CORE_MESSAGES[c]));
      expect(CATALOGS['zh-CN'][key]).toBe(CORE_MESSAGES[c]);
    }
    expect(Object.keys(coreEn).sort()).toEqual(Object.keys(coreZh).sort());
  });

  it('a made message keeps code, params and the Chinese text filled in', () => {
    const m = messageMaker({ 'x.a': '第 {n} 行：{what}' });
    expect(m('x.a', { n: 3, what: '空' })).toEqual({ code: 'x.a', params: { n: 3, what: '空' }, text: '第 3 行：空' });
    expect(fillTemplate('{a} {b}', { a: 1 })).toBe('1 {b}');
  });

  it('import rejections, warnings and refusals carry codes; zh is the text as before, English is English', () => {
    const r = importCsv('工单编号,受理时间,紧急程度\n,2025-01-01 08:00,一般\nT2,2025-01-01 08:00,很急\nT3,昨天,一般\n');
    expect(r.rejected.map((x) => [x.code, x.reason])).toEqual([
      ['import.idEmpty', '工单编号为空'],
      ['import.badValue', expect.stringMatching(/^无法识别的值，可选：一般、紧急、特急/) as string],
      ['import.badDateTime', '无法识别的日期时间，请使用 YYYY-MM-DD HH:mm:ss、YYYY/M/D H:mm、YYYY年M月D日 等格式'],
    ]);
    for (const x of r.rejected) {
      const m = { code: x.code, params: x.params, text: x.reason };
      expect(coreText('zh-CN', m)).toBe(x.reason);
      expect(coreText('en', m)).not.toBe(x.reason);
    }
    expect(coreText('en', { code: r.rejected[0]!.code, params: r.rejected[0]!.params, text: '' })).toBe('The ticket number is empty');

    const refused = importCsv('标题,其他\n1,2\n');
    expect(refused.refusal?.code).toBe('import.missingTicketColumns');
    expect(refused.refused).toBe(refused.refusal?.text);
    expect(refused.refused).toMatch(/^工单文件缺少必需的列：/);
    expect(coreText('en', refused.refusal!)).toMatch(/^The ticket file lacks required columns: /);

    const legacy = createImportSession({ target: 'tickets' });
    legacy.push(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]));
    legacy.end();
    expect(legacy.report().refusal?.code).toBe('import.legacyOffice');
  });

  it('rule validation: the Chinese list is unchanged, the coded list says the same by code', () => {
    const bad = { ...DEFAULT_RULES, minEvaluated: -1, score: { scale: 100, terms: [{ rate: 'responseRate', weight: 0.5 }] } };
    expect(validateRuleMessages(bad).map((m) => m.text)).toEqual(validateRules(bad));
    expect(validateRuleMessages(bad).map((m) => m.code)).toEqual(['rules.weightSum', 'rules.badMinEvaluated']);
    expect(validateRules(bad)[0]).toBe('各指标权重之和须为 1（当前为 0.5），请调整权重');
    expect(coreText('en', validateRuleMessages(bad)[0]!)).toBe('The weights must add up to 1 (they add up to 0.5); adjust them');

    const badBase = { ...DEFAULT_RULES, bases: { ...DEFAULT_RULES.bases, responseRate: 'x' } };
    const [base] = validateRuleMessages(badBase);
    expect(base!.text).toBe('指标「响应率」的口径须为 dispatched（派单量）或 evaluated（参评量），当前为 "x"');
    expect(coreText('en', base!)).toBe('The basis of "Response" must be dispatched or evaluated; it is "x"');

    const chronic = { ...CHRONIC_V1_BODY, r1: { ...CHRONIC_V1_BODY.r1, minTickets: 0 }, r6: { ...CHRONIC_V1_BODY.r6, threshold: 1.5 } };
    expect(validateChronicRules(chronic)).toEqual(['R1 最少工单数 必须是正整数（当前 0）', 'R6 相似度阈值必须在 0 到 1 之间（当前 1.5）']);
    expect(validateChronicRuleMessages(chronic).map((m) => coreText('en', m))).toEqual([
      'R1 minimum tickets must be a positive whole number (it is 0)',
      'The R6 similarity threshold must be above 0 and at most 1 (it is 1.5)',
    ]);
  });

  it('a code the catalog does not know falls back to the core text', () => {
    expect(coreText('en', { code: 'nope.x', params: {}, text: '原文' })).toBe('原文');
  });
});
