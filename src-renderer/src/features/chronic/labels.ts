import type { ChronicRuleId } from '@core/chronic/rule-set';
import type { ChronicProgress } from '@core/chronic/types';
import type { EscalationLevel } from '@core/cases/escalation';
import type { ReviewAction, ReviewDecision } from '@core/cases/review';
import type { CaseEvent } from '@core/cases/timeline';
import { parseLocalDate } from '@core/base/time/shanghai';
import { t as translateNow, type Formatters, type MessageKey, type Translate } from '@renderer/i18n';

// Names shown on screen in the interface language. Cases keep the Chinese names of
// src-core/cases (states, levels, review choices) as their stored values; a name this table
// does not know (an office's own lifecycle) is shown as written.

const STATE_KEYS: Record<string, MessageKey> = {
  认定: 'chronic.state.identify', 会商: 'chronic.state.consult', 督办: 'chronic.state.supervise', 整改: 'chronic.state.rectify',
  回访: 'chronic.state.revisit', 观察期: 'chronic.state.observe', 销号: 'chronic.state.close', 挂起: 'chronic.state.pause', 退回: 'chronic.state.return',
};

const TRANSITION_KEYS: Record<string, MessageKey> = {
  提请会商: 'chronic.tr.refer', 直接督办: 'chronic.tr.superviseNow', 会商后督办: 'chronic.tr.superviseAfter', 进入整改: 'chronic.tr.rectify',
  '整改完成，回访': 'chronic.tr.revisit', '回访不满意，继续整改': 'chronic.tr.rectifyAgain', 进入观察期: 'chronic.tr.observe',
  '观察期内复发，重新整改': 'chronic.tr.recurred', 销号: 'chronic.tr.close', 退回: 'chronic.tr.return', 重新会商: 'chronic.tr.consultAgain',
  '不予立案，销号': 'chronic.tr.decline', 挂起: 'chronic.tr.pause',
};

const LEVEL_KEYS: Record<EscalationLevel, MessageKey> = { 催办: 'chronic.level.urge', 督办: 'chronic.level.supervise', 挂牌督办: 'chronic.level.listed' };

const DECISION_KEYS: Record<ReviewDecision, MessageKey> = { 属实: 'chronic.review.decision.true', 不属实: 'chronic.review.decision.false', 部分属实: 'chronic.review.decision.partly' };

const ACTION_IDS: Record<ReviewAction, string> = { 重办: 'redo', 核减申请: 'exempt', 转为疑难件: 'toCase', 移交问责: 'accountability' };

export function stateLabel(state: string, t: Translate = translateNow): string {
  const k = STATE_KEYS[state];
  return k ? t(k) : state;
}

/** A lifecycle transition's button label; 恢复到X names the state in the interface language. */
export function transitionLabel(label: string, to: string, t: Translate = translateNow): string {
  const k = TRANSITION_KEYS[label];
  if (k) return t(k);
  if (label === `恢复到${to}`) return t('chronic.tr.resume', { state: stateLabel(to, t) });
  return label;
}

export function levelLabel(level: string, t: Translate = translateNow): string {
  const k = LEVEL_KEYS[level as EscalationLevel];
  return k ? t(k) : level;
}

export function ruleName(rule: ChronicRuleId, t: Translate = translateNow): string {
  return t(`chronic.rule.${rule}` as MessageKey);
}

export function phaseName(phase: string, t: Translate = translateNow): string {
  const known: readonly ChronicProgress['phase'][] = ['order', 'R1', 'R2', 'R6', 'flags'];
  return (known as readonly string[]).includes(phase) ? t(`chronic.phase.${phase}` as MessageKey) : phase;
}

export function eventKindLabel(kind: CaseEvent['kind'], t: Translate = translateNow): string {
  return t(`chronic.kind.${kind}` as MessageKey);
}

export function decisionLabel(d: string, t: Translate = translateNow): string {
  const k = DECISION_KEYS[d as ReviewDecision];
  return k ? t(k) : d;
}

/** A review action as a choice (long: says where it goes) or as a tag (short). */
export function reviewActionLabel(a: ReviewAction, t: Translate = translateNow, long = false, pending = ''): string {
  return long ? t(`chronic.review.action.${ACTION_IDS[a]}` as MessageKey, { pending }) : t(`chronic.review.actionShort.${ACTION_IDS[a]}` as MessageKey);
}

/** A local day `YYYY-MM-DD` as a date of the interface language; shown as written when not a day. */
export function dayText(day: string, fmt: Formatters): string {
  const ms = parseLocalDate(day);
  return Number.isNaN(ms) ? day : fmt.date(ms);
}

/** A short list joined in the interface language, with "等" / "and more" past `max`. */
export function shortList(items: readonly string[], max: number, t: Translate = translateNow): string {
  const shown = items.slice(0, max).join(t('chronic.listSep'));
  return items.length > max ? t('chronic.andMore', { list: shown }) : shown;
}
