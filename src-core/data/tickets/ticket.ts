/** Enumerations and record shapes of DOMAIN.md sections 1–3. */

export const KINDS = ['咨询', '求助', '投诉', '举报', '建议', '表扬', '其他'] as const;
export type Kind = (typeof KINDS)[number];

export const UNIT_TYPES = ['区', '街乡镇', '市级部门', '国有企业', '其他'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

export const URGENCIES = ['一般', '紧急', '特急'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const STATUSES = ['待派单', '待签收', '办理中', '延期中', '已办结', '已退单', '重办中', '已撤销'] as const;
export type Status = (typeof STATUSES)[number];

export const RESPONDED = ['是', '否'] as const;
export type Responded = (typeof RESPONDED)[number];

/** Canonical values of 是否解决; the file may also say 是 (= 已解决) or 否 (= 未解决). */
export const RESOLVED = ['已解决', '未解决'] as const;
export type Resolved = (typeof RESOLVED)[number];

export const SATISFACTIONS = ['满意', '基本满意', '不满意'] as const;
export type Satisfaction = (typeof SATISFACTIONS)[number];

export const EXEMPTED = ['是', '否'] as const;
export type Exempted = (typeof EXEMPTED)[number];

export const FLOW_ACTIONS = ['派单', '签收', '退单', '改派', '延期', '办结', '回访', '重办', '督办', '催办'] as const;
export type FlowAction = (typeof FLOW_ACTIONS)[number];

/** Branded ticket id: the 工单编号 as written in the file. */
export type TicketId = string & { readonly __brand?: 'TicketId' };

/**
 * One accepted ticket row. Datetimes are epoch milliseconds (UTC instant) or null when empty;
 * enum fields hold the canonical value or '' when empty. Counts are null when the cell is empty.
 */
export type Ticket = {
  id: TicketId;
  acceptedAt: number;
  channel: string;
  kind: Kind | '';
  category: string;
  content: string;
  district: string;
  street: string;
  address: string;
  callerName: string;
  callerPhone: string;
  urgency: Urgency | '';
  unit: string;
  unitType: UnitType | '';
  dispatchedAt: number | null;
  dueAt: number | null;
  status: Status | '';
  closedAt: number | null;
  reply: string;
  surveyedAt: number | null;
  responded: Responded | '';
  resolved: Resolved | '';
  satisfaction: Satisfaction | '';
  exempted: Exempted | '';
  rejectCount: number | null;
  reopenCount: number | null;
  /** Columns the file had that DOMAIN.md does not define, by their header as written. */
  extra: Record<string, string>;
};

/** One row of a 流转记录 file (DOMAIN.md section 3). `seq` is the row's order in its file. */
export type FlowEvent = {
  ticket: TicketId;
  at: number;
  action: FlowAction;
  unit: string;
  target: string;
  note: string;
  seq: number;
};
