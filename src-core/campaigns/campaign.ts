import type { EvidenceRef } from '../cases/case-record';
import type { ProblemSelector } from './selector';

/**
 * The campaign records of 专项行动 · 每月一题 (DOMAIN.md section 8). Days (`YYYY-MM-DD`) are
 * local dates; a deadline day ends at the end of that day; instants are epoch ms. A campaign's
 * small parts (problems, units, milestones, policy outputs) live in its record; tasks and
 * progress reports, which a large campaign has hundreds of, are records of their own keyed by
 * campaign. Every change is made by an operation of campaign-ops.ts, which validates it and
 * returns the new record with the timeline entries it makes.
 */

export const CAMPAIGN_TYPES = ['专项行动', '每月一题'] as const;
export type CampaignType = (typeof CAMPAIGN_TYPES)[number];

/** Lifecycle states, in order (see lifecycle.ts). */
export const CAMPAIGN_STATUSES = ['筹备', '实施', '评估', '完成'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/** Roles of the units of a problem besides its lead unit (牵头): 统筹 coordinates, 主责 is responsible, 配合 assists. */
export const UNIT_ROLES = ['统筹', '主责', '配合'] as const;
export type UnitRole = (typeof UNIT_ROLES)[number];

export type CoUnit = { unit: string; role: UnitRole };

/** A problem of a campaign: its tickets (selector), who leads and who joins, what is linked to it. */
export type CampaignProblem = {
  id: string;
  title: string;
  selector: ProblemSelector;
  /** 牵头单位 of the problem. */
  leadUnit: string;
  coUnits: CoUnit[];
  /** Chronic case ids (疑难件) attached to the problem. */
  cases: string[];
  /** Ticket ids attached by hand (the selector's tickets are not listed here). */
  tickets: string[];
};

export type Milestone = { id: string; title: string; due: string; doneAt: number | null };

/** A policy output (政策文件) the campaign produced: title, 文号 and date of issue. */
export type PolicyOutput = { id: string; title: string; docNo: string; date: string; unit: string; evidence: EvidenceRef[] };

/** The outcome of one problem as recorded at 评估 (the §8 figures of outcome.ts, frozen with the data they came from). */
export type ProblemEvaluation = {
  problemId: string;
  before: number | null;
  after: number | null;
  change: number | null;
  effect: number | null;
  effectCi: [number, number] | null;
  /** Figure → reason for each null figure. */
  nullReasons: Record<string, string>;
};

export type CampaignEvaluation = {
  at: number;
  by: string;
  /** Window K of the figures (months). */
  windowMonths: number;
  /** SHA-256 of the ticket data the figures were computed from (e.g. the assessment's table hash). */
  inputSha256: string;
  problems: ProblemEvaluation[];
  conclusion: string;
};

export type Campaign = {
  id: string;
  /** 主题. */
  theme: string;
  type: CampaignType;
  /** Period [from, to): `to` exclusive, as in DOMAIN.md section 8. */
  from: string;
  to: string;
  /** 牵头单位 of the whole campaign (e.g. the city department that coordinates). */
  leadUnit: string;
  /** 2–3 problems. */
  problems: CampaignProblem[];
  milestones: Milestone[];
  policies: PolicyOutput[];
  status: CampaignStatus;
  evaluation: CampaignEvaluation | null;
  createdAt: number;
  updatedAt: number;
  /** Set when 完成. */
  closedAt: number | null;
};

export const TASK_STATES = ['open', 'done', 'cancelled'] as const;
export type TaskState = (typeof TASK_STATES)[number];

/** A task of one unit (任务分解): a deadline in working days from the day it was assigned. */
export type CampaignTask = {
  id: string;
  campaignId: string;
  /** The problem it serves; null for campaign-wide tasks. */
  problemId: string | null;
  unit: string;
  title: string;
  /** Day assigned (`YYYY-MM-DD`) and the limit in working days; `deadline` follows from them. */
  assignedOn: string;
  workingDays: number;
  deadline: string;
  state: TaskState;
  /** When it was done or cancelled (epoch ms), and the local day of that. */
  doneAt: number | null;
  doneOn: string | null;
  /** Why it was cancelled. */
  note: string;
};

/** A progress report (进展填报) of one unit, with evidence files named by SHA-256. */
export type ProgressReport = {
  id: string;
  campaignId: string;
  problemId: string | null;
  taskId: string | null;
  unit: string;
  at: number;
  by: string;
  text: string;
  evidence: EvidenceRef[];
};
