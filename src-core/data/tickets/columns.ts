import {
  EXEMPTED, KINDS, RESOLVED, RESPONDED, SATISFACTIONS, STATUSES, UNIT_TYPES, URGENCIES,
  type Ticket,
} from './ticket';

export type TicketKey = Exclude<keyof Ticket, 'extra'>;
export type ColumnType = 'text' | 'datetime' | 'enum' | 'count';

export type ColumnSpec = {
  key: TicketKey;
  header: string;
  aliases: readonly string[];
  type: ColumnType;
  required?: boolean;
  personal?: boolean;
  /** Accepted values for enums; `valueAliases` maps other spellings to a canonical value. */
  values?: readonly string[];
  valueAliases?: Readonly<Record<string, string>>;
};

/** The ticket file columns of DOMAIN.md section 2, in canonical order. */
export const TICKET_COLUMNS: readonly ColumnSpec[] = [
  { key: 'id', header: '工单编号', aliases: ['工单号', '编号', 'ticket_id'], type: 'text', required: true },
  { key: 'acceptedAt', header: '受理时间', aliases: ['来电时间', '创建时间', 'accepted_at'], type: 'datetime', required: true },
  { key: 'channel', header: '渠道', aliases: ['来源渠道', 'channel'], type: 'text' },
  { key: 'kind', header: '诉求类型', aliases: ['类型', 'kind'], type: 'enum', values: KINDS },
  { key: 'category', header: '诉求分类', aliases: ['分类', '问题分类', 'category'], type: 'text' },
  { key: 'content', header: '诉求内容', aliases: ['内容', '问题描述', 'content'], type: 'text', personal: true },
  { key: 'district', header: '区', aliases: ['所属区', '区县', 'district'], type: 'text' },
  { key: 'street', header: '街道', aliases: ['街乡镇', '街道乡镇', 'street'], type: 'text' },
  { key: 'address', header: '地址', aliases: ['事发地址', '详细地址', 'address'], type: 'text' },
  { key: 'callerName', header: '来电人', aliases: ['诉求人', '姓名', 'caller_name'], type: 'text', personal: true },
  { key: 'callerPhone', header: '联系电话', aliases: ['来电号码', '电话', 'caller_phone'], type: 'text', personal: true },
  { key: 'urgency', header: '紧急程度', aliases: ['urgency'], type: 'enum', values: URGENCIES },
  { key: 'unit', header: '承办单位', aliases: ['主办单位', '办理单位', 'unit'], type: 'text' },
  { key: 'unitType', header: '单位类型', aliases: ['unit_type'], type: 'enum', values: UNIT_TYPES },
  { key: 'dispatchedAt', header: '派单时间', aliases: ['dispatched_at'], type: 'datetime' },
  { key: 'dueAt', header: '办理时限', aliases: ['截止时间', 'due_at'], type: 'datetime' },
  { key: 'status', header: '办理状态', aliases: ['状态', 'status'], type: 'enum', values: STATUSES },
  { key: 'closedAt', header: '办结时间', aliases: ['closed_at'], type: 'datetime' },
  { key: 'reply', header: '办理结果', aliases: ['答复内容', 'reply'], type: 'text' },
  { key: 'surveyedAt', header: '回访时间', aliases: ['surveyed_at'], type: 'datetime' },
  { key: 'responded', header: '是否响应', aliases: ['是否联系', 'responded'], type: 'enum', values: RESPONDED },
  {
    key: 'resolved', header: '是否解决', aliases: ['解决情况', 'resolved'], type: 'enum', values: RESOLVED,
    valueAliases: { 是: '已解决', 否: '未解决' },
  },
  { key: 'satisfaction', header: '满意度', aliases: ['满意情况', 'satisfaction'], type: 'enum', values: SATISFACTIONS },
  { key: 'exempted', header: '是否核减', aliases: ['核减', 'exempted'], type: 'enum', values: EXEMPTED },
  { key: 'rejectCount', header: '退单次数', aliases: ['reject_count'], type: 'count' },
  { key: 'reopenCount', header: '重办次数', aliases: ['reopen_count'], type: 'count' },
];

export type EventKey = 'ticket' | 'at' | 'action' | 'unit' | 'target' | 'note';

/** The flow event file columns of DOMAIN.md section 3. */
export const EVENT_COLUMNS: readonly { key: EventKey; header: string; aliases: readonly string[]; required?: boolean }[] = [
  { key: 'ticket', header: '工单编号', aliases: ['工单号', '编号', 'ticket_id', 'ticket'], required: true },
  { key: 'at', header: '时间', aliases: ['操作时间', 'at'], required: true },
  { key: 'action', header: '动作', aliases: ['操作', 'action'], required: true },
  { key: 'unit', header: '单位', aliases: ['操作单位', 'unit'] },
  { key: 'target', header: '目标单位', aliases: ['target'] },
  { key: 'note', header: '说明', aliases: ['备注', 'note'] },
];
