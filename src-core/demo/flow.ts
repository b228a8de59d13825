import type { FlowAction, Responded, Resolved, Satisfaction, Status } from '../data/tickets/ticket';

/** One flow step as simulated, before clipping at the data end. */
export type SimEvent = {
  at: number;
  action: FlowAction;
  unit: string;
  target: string;
  note: string;
  /** The due time in force from this step on (派单, 延期, 重办). */
  due?: number;
  /** Survey answers of a 回访. */
  survey?: { responded: Responded | ''; resolved: Resolved | ''; satisfaction: Satisfaction | '' };
  /** 办理结果 of a 办结. */
  reply?: string;
};

/** Ticket fields that follow from the flow events up to the data end. */
export type FlowState = {
  status: Status | '';
  unit: string;
  dispatchedAt: number | null;
  dueAt: number | null;
  closedAt: number | null;
  surveyedAt: number | null;
  reply: string;
  responded: Responded | '';
  resolved: Resolved | '';
  satisfaction: Satisfaction | '';
  rejects: number;
  reopens: number;
};

/**
 * Replays `events` (time-ordered, all at or before the data end) into ticket fields, so that a
 * ticket's status, times and counts always agree with its events: status follows the last
 * state-changing step, closedAt is cleared by a 重办, counts are the numbers of 退单 and 重办.
 */
export function replayFlow(events: readonly SimEvent[]): FlowState {
  const s: FlowState = {
    status: '待派单', unit: '', dispatchedAt: null, dueAt: null, closedAt: null, surveyedAt: null, reply: '',
    responded: '', resolved: '', satisfaction: '', rejects: 0, reopens: 0,
  };
  let reopened = false;
  let extended = false;
  for (const e of events) {
    if (e.due !== undefined) s.dueAt = e.due;
    switch (e.action) {
      case '派单':
        s.dispatchedAt ??= e.at;
        s.unit = e.target;
        s.status = '待签收';
        break;
      case '改派':
        s.unit = e.target;
        s.status = '待签收';
        break;
      case '签收':
        s.status = reopened ? '重办中' : extended ? '延期中' : '办理中';
        break;
      case '退单':
        s.rejects++;
        s.status = '已退单';
        break;
      case '延期':
        extended = true;
        if (!reopened) s.status = '延期中';
        break;
      case '办结':
        s.status = '已办结';
        s.closedAt = e.at;
        s.reply = e.reply ?? '';
        reopened = false;
        break;
      case '回访':
        s.surveyedAt = e.at;
        if (e.survey) {
          s.responded = e.survey.responded;
          s.resolved = e.survey.resolved;
          s.satisfaction = e.survey.satisfaction;
        }
        break;
      case '重办':
        s.reopens++;
        s.status = '重办中';
        s.closedAt = null;
        reopened = true;
        extended = false;
        break;
      default:
        break;
    }
  }
  return s;
}
