/**
 * The 疑难件 pages' names: in zh-CN exactly the Chinese names src-core stores (so the Chinese
 * interface reads as before), in English English with the office's own terms kept beside.
 */
import { describe, expect, it } from 'vitest';
import { CHRONIC_RULE_NAMES, type ChronicRuleId } from '@core/chronic/rule-set';
import { DEFAULT_LIFECYCLE } from '@core/cases/lifecycle';
import { ESCALATION_LEVELS } from '@core/cases/escalation';
import { REVIEW_DECISIONS } from '@core/cases/review';
import { translate, type MessageKey, type MessageParams } from '@renderer/i18n/catalog';
import { decisionLabel, levelLabel, ruleName, shortList, stateLabel, transitionLabel } from '@renderer/features/chronic/labels';

const zh = (k: MessageKey, p?: MessageParams) => translate('zh-CN', k, p);
const en = (k: MessageKey, p?: MessageParams) => translate('en', k, p);

describe('chronic labels', () => {
  it('zh-CN names are the stored Chinese names of rules, states, transitions, levels and findings', () => {
    for (const [r, name] of Object.entries(CHRONIC_RULE_NAMES)) expect(ruleName(r as ChronicRuleId, zh)).toBe(name);
    for (const s of DEFAULT_LIFECYCLE.states) expect(stateLabel(s.id, zh)).toBe(s.label);
    for (const tr of DEFAULT_LIFECYCLE.transitions) expect(transitionLabel(tr.label, tr.to, zh)).toBe(tr.label);
    for (const l of ESCALATION_LEVELS) expect(levelLabel(l, zh)).toBe(l);
    for (const d of REVIEW_DECISIONS) expect(decisionLabel(d, zh)).toBe(d);
  });

  it('English names every default state, transition and level, keeping the Chinese term where the office needs it', () => {
    for (const s of DEFAULT_LIFECYCLE.states) expect(stateLabel(s.id, en)).toMatch(/^[A-Z][a-z ]+ \(\p{Script=Han}+\)$/u);
    for (const tr of DEFAULT_LIFECYCLE.transitions) expect(transitionLabel(tr.label, tr.to, en)).toMatch(/^[A-Z]/);
    expect(transitionLabel('恢复到整改', '整改', en)).toBe('Resume at Rectification (整改)');
    expect(levelLabel('督办', en)).toBe('Supervise (督办)');
    expect(ruleName('R4', en)).toBe('Buck-passing');
  });

  it('an office\'s own names, unknown to the catalog, are shown as written', () => {
    expect(stateLabel('专班会办', en)).toBe('专班会办');
    expect(transitionLabel('转专班', '专班会办', en)).toBe('转专班');
  });

  it('short lists end with 等 / "and more" past the limit', () => {
    expect(shortList(['a', 'b', 'c'], 2, zh)).toBe('a、b 等');
    expect(shortList(['a', 'b'], 2, en)).toBe('a, b');
    expect(shortList(['a', 'b', 'c'], 2, en)).toBe('a, b and more');
  });
});
