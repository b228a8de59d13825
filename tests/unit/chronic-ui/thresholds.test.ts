/**
 * Detection thresholds as versioned rule data: saving makes the next version (never changes an
 * old one, never collides with the 考核 rule sets sharing db.ruleSets), and the engine's preview
 * says per rule what a change gains and loses, against the detection the page runs.
 */
import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '@core/base/rules/versioned';
import { CHRONIC_V1, type ChronicRuleBody, type ChronicRuleSet } from '@core/chronic/rule-set';
import { DEFAULT_RULE_SET } from '@core/assess/rules';
import { TableBuilder } from '@core/data/store/store-table';
import { nextVersionRow, versionsOf, type RuleRow } from '@renderer/db/rule-versions';
import { chronicComputation, type CompareResponse, type DetectResponse } from '@renderer/engine/computations/chronic';
import { at, ticket } from '../chronic/factory';

const edit = (patch: (b: ChronicRuleBody) => void): ChronicRuleBody => {
  const b = structuredClone(CHRONIC_V1.body);
  patch(b);
  return b;
};
const asSet = (body: ChronicRuleBody, id = 'office', version = 1): ChronicRuleSet => ({ id, version, createdAt: 1, sha256: sha256Hex(canonicalJson(body)), body });

describe('threshold versions', () => {
  it('saving under chronic-v1 makes version 2, then 3; the built-in and old rows are untouched', () => {
    const d60 = edit((b) => { b.r1.gapDays = 60; });
    const v2 = nextVersionRow([], 'chronic', CHRONIC_V1, 'chronic-v1', d60, 1000);
    expect([v2.id, v2.version, v2.kind, v2.createdAt]).toEqual(['chronic-v1', 2, 'chronic', 1000]);
    expect(v2.sha256).toBe(sha256Hex(canonicalJson(d60)));
    expect(v2.sha256).not.toBe(CHRONIC_V1.sha256);
    const frozen = structuredClone(v2);
    const v3 = nextVersionRow([v2], 'chronic', CHRONIC_V1, 'chronic-v1', edit((b) => { b.r1.gapDays = 45; }), 2000);
    expect(v3.version).toBe(3);
    expect(v2).toEqual(frozen);
    expect(CHRONIC_V1.body.r1.gapDays).toBe(90);
    expect(CHRONIC_V1.version).toBe(1);
  });

  it('a new id starts at version 1; an id of another kind is refused with a reason', () => {
    expect(nextVersionRow([], 'chronic', CHRONIC_V1, '东城区-2025', CHRONIC_V1.body, 5).version).toBe(1);
    const assessRow: RuleRow<unknown> = { ...DEFAULT_RULE_SET, kind: 'assessment' };
    expect(() => nextVersionRow([assessRow], 'chronic', CHRONIC_V1, DEFAULT_RULE_SET.id, CHRONIC_V1.body, 5)).toThrow('已被其他功能的规则使用');
  });

  it('lists the built-in first, then only this kind\'s versions by id, newest first', () => {
    const rows: RuleRow<unknown>[] = [
      { ...asSet(CHRONIC_V1.body, 'chronic-v1', 2), kind: 'chronic' },
      { ...DEFAULT_RULE_SET, version: 2, kind: 'assessment' },
      { ...asSet(CHRONIC_V1.body, 'chronic-v1', 3), kind: 'chronic' },
      { ...asSet(CHRONIC_V1.body, 'a-office', 1), kind: 'chronic' },
    ];
    expect(versionsOf(rows, 'chronic', CHRONIC_V1).map((r) => `${r.id}@${r.version}`)).toEqual(['chronic-v1@1', 'a-office@1', 'chronic-v1@3', 'chronic-v1@2']);
    expect(versionsOf(rows, 'chronic', CHRONIC_V1).some((r) => 'kind' in r)).toBe(false);
  });
});

describe('threshold preview in the engine', () => {
  // Four tickets at one address and category, 50–70 days apart: one R1 chain of 4 under D = 90,
  // none under D = 40; one ticket reopened twice (R3).
  const table = (() => {
    const b = new TableBuilder();
    const days = ['2024-01-01', '2024-02-20', '2024-04-30', '2024-06-20'];
    days.forEach((d, i) => b.append(ticket({ id: `T${i}`, acceptedAt: at(d), address: '和平里1号院', category: '城乡建设/物业管理/停车', reopenCount: i === 0 ? 2 : 0 })));
    return b.finish();
  })();
  const compare = (base: ChronicRuleSet, draft: ChronicRuleSet): CompareResponse =>
    chronicComputation(table, { op: 'compare', asOf: '2024-12-31', base, draft }) as CompareResponse;

  it('counts per rule what the edited thresholds gain and lose', () => {
    const r = compare(CHRONIC_V1, asSet(edit((b) => { b.r1.gapDays = 40; b.r3.minReopens = 3; })));
    const byRule = Object.fromEntries(r.rules.map((x) => [x.rule, x]));
    expect(r.visible).toBe(4);
    expect(byRule.R1).toMatchObject({ before: 1, after: 0, gained: 0, lost: 1, lostSamples: ['T0,T1,T2,T3'] });
    expect(byRule.R3).toMatchObject({ before: 1, after: 0, lost: 1, lostSamples: ['T0'] });
    expect(byRule.R2).toMatchObject({ before: 0, after: 0, gained: 0, lost: 0 });

    const back = compare(asSet(edit((b) => { b.r1.gapDays = 40; })), CHRONIC_V1);
    expect(back.rules.find((x) => x.rule === 'R1')).toMatchObject({ before: 0, after: 1, gained: 1, gainedSamples: ['T0,T1,T2,T3'] });
  });

  it('the same thresholds change nothing, and detect runs the chosen version', () => {
    expect(compare(CHRONIC_V1, asSet(CHRONIC_V1.body)).rules.every((x) => x.gained === 0 && x.lost === 0)).toBe(true);
    const v2 = asSet(edit((b) => { b.r1.gapDays = 40; }), 'chronic-v1', 2);
    const d = chronicComputation(table, { op: 'detect', asOf: '2024-12-31', ruleSet: v2 }) as DetectResponse;
    expect(d.ruleSet).toMatchObject({ id: 'chronic-v1', version: 2 });
    expect(d.cases.filter((c) => c.rule === 'R1')).toEqual([]);
  });
});
