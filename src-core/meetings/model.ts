/**
 * 点评会 (offline review meetings): the meeting, its agenda, its frozen figures and its
 * decisions. Pure data; every figure the meeting shows comes from its {@link MeetingSnapshot}.
 */

export type MeetingState = '筹备' | '已冻结' | '已结束';
export const MEETING_STATES: readonly MeetingState[] = ['筹备', '已冻结', '已结束'];

export type AgendaKind = 'case' | 'campaign' | 'ranking' | 'record' | 'hotspot';
export const AGENDA_KINDS: readonly AgendaKind[] = ['case', 'campaign', 'ranking', 'record', 'hotspot'];

export type AgendaItem = {
  id: string;
  kind: AgendaKind;
  /** Case id, campaign id, rule-set id, record id or hotspot key. */
  refId: string;
  title: string;
  presenter: string;
  /** Action item of an earlier meeting this agenda entry brings back. */
  carriedItemId?: string;
};

export type Meeting = {
  id: string;
  title: string;
  /** Local day `YYYY-MM-DD`. */
  date: string;
  participants: string[];
  agenda: AgendaItem[];
  state: MeetingState;
  createdAt: number;
  frozenAt?: number;
  endedAt?: number;
  /** Id of the meeting snapshot taken at freeze. */
  snapshotId?: string;
  /** The meeting compared against in "since the last meeting". */
  previousMeetingId?: string;
};

export type RankingRow = { unit: string; score: number; rank: number };
export type RankingFigures = {
  ruleSetId: string;
  ruleSetVersion: number;
  ruleSetHash: string;
  period: string;
  rows: RankingRow[];
};
export type CaseFigures = { id: string; title: string; stage: string; ticketCount: number; overdue: boolean };
export type CampaignFigures = {
  id: string;
  title: string;
  status: string;
  tasksTotal: number;
  tasksDone: number;
  tasksOverdue: number;
  /** Ids of the overdue tasks, so new and cleared ones can be told apart. */
  overdueTaskIds: string[];
};
export type HotspotFigures = { key: string; label: string; count: number; score: number };
export type RecordFigures = { id: string; title: string; state: string };

/** Every figure a meeting shows, as it stood at freeze. */
export type SnapshotContent = {
  meetingId: string;
  takenAt: number;
  kpis: Record<string, number>;
  ranking: RankingFigures | null;
  cases: CaseFigures[];
  campaigns: CampaignFigures[];
  hotspots: HotspotFigures[];
  records: RecordFigures[];
};

export type MeetingSnapshot = SnapshotContent & {
  id: string;
  /** SHA-256 (hex) of the RFC 8785 JSON of the content. */
  sha256: string;
};

export type ActionLink = { kind: 'case' | 'campaign' | 'unit'; id: string };

export type ItemKind = 'decision' | 'action';
export type ItemState = '未完成' | '已完成' | '已撤销';

/** 议定事项: a decision, or an action item with owner and deadline. */
export type MeetingItem = {
  id: string;
  meetingId: string;
  kind: ItemKind;
  text: string;
  links: ActionLink[];
  owner: string;
  /** Working days from the meeting date; the deadline is computed from it. */
  workingDays: number;
  /** Local day `YYYY-MM-DD`. */
  deadline: string;
  state: ItemState;
  createdAt: number;
  doneAt?: number;
};

export type MeetingEventType = 'created' | 'edited' | 'frozen' | 'item-added' | 'item-done' | 'item-cancelled' | 'ended';
export type MeetingEvent = {
  meetingId: string;
  seq: number;
  at: number;
  type: MeetingEventType;
  actor: string;
  detail: string;
  prevHash: string;
  hash: string;
};
