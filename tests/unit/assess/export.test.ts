import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SET } from '@core/assess/rules';
import { localToEpoch } from '@core/base/time/shanghai';
import { assessComputation, type RankResponse } from '@renderer/engine/computations/assess';
import { rankingXlsx } from '@renderer/features/assessment/export-ranking';
import { randomTickets, table } from './factory';

describe('ranking export (XLSX)', () => {
  it('writes one row per group with rank, keys, score and rates, and a 说明 sheet', () => {
    const tb = table(randomTickets(41, 2000));
    const r = assessComputation(tb, {
      op: 'rank', from: localToEpoch(2025, 1, 1), to: localToEpoch(2025, 4, 1), by: ['district'], ruleSet: DEFAULT_RULE_SET, exemptIds: [],
    }) as RankResponse;
    const zip = unzipSync(rankingXlsx(r, { ruleSet: 'default-v1 v1', exemptions: 0 }));
    const sheet = strFromU8(zip['xl/worksheets/sheet1.xml']!);
    expect(sheet.match(/<row /g)?.length).toBe(r.result.groups.length + 1);
    const strings = strFromU8(zip['xl/sharedStrings.xml']!);
    for (const h of ['排名', '区', '综合得分', '满意率下限', '复发率分母', '考核周期', '2025年第1季度']) expect(strings).toContain(h);
    expect(zip['xl/worksheets/sheet2.xml']).toBeDefined();
  });
});
