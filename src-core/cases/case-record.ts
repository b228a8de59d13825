import type { ChronicRuleId } from '../chronic/rule-set';
import type { Escalation } from './escalation';

/** Where a case came from: a detection (rule and its evidence), a person, or the review queue. */
export type CaseSource =
  | { kind: 'detection'; rule: ChronicRuleId; key: string; asOf: string; ruleSet: { id: string; version: number; sha256: string }; evidence: string[] }
  | { kind: 'manual'; reason: string }
  | { kind: 'review'; ticket: string; reason: string };

/**
 * A chronic case (疑难件): tickets tracked together by people until 销号. Dates that are days
 * (deadline, observationEndsOn) are local `YYYY-MM-DD` and end at the end of that day; instants are
 * epoch ms. This is the row stored in the `cases` table (id, title, status, tickets are indexed
 * or looked up by other features).
 */
export type ChronicCaseRecord = {
  id: string;
  title: string;
  /** 诉求分类 the case is about (e.g. category level 2 of its tickets). */
  category: string;
  /** 区/街道 or address the problem is at. */
  place: string;
  /** 主责单位 and 协办单位. */
  unit: string;
  coUnits: string[];
  supervisor: string;
  openedAt: number;
  deadline: string;
  tickets: string[];
  source: CaseSource;
  /** Lifecycle state id (default lifecycle: 认定 … 销号, 挂起, 退回). */
  status: string;
  pausedFrom: string | null;
  escalations: Escalation[];
  observationEndsOn: string | null;
  closedAt: number | null;
  updatedAt: number;
};

/** A follow-up record (跟进记录): what was done, by whom, with evidence files named by SHA-256. */
export type FollowUp = {
  id: string;
  caseId: string;
  at: number;
  by: string;
  action: string;
  evidence: EvidenceRef[];
  /** Open follow-ups are work still to be done (整改事项); a case cannot be closed with one. */
  status: 'open' | 'done';
  doneAt: number | null;
};

export type EvidenceRef = { name: string; sha256: string; size: number; type: string };
