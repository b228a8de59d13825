/** Local users and their roles (issue 14). A user may hold several roles. */
export const ROLES = ['录入', '审核', '签发', '管理', '大屏只读'] as const;
export type Role = (typeof ROLES)[number];

/** Who acts: the signed-in user. `active: false` is a disabled account. */
export type Actor = { id: string; name: string; roles: readonly Role[]; active: boolean };

/** What a user may try to do. */
export const ACTIONS = [
  'draft.create', 'draft.edit', 'draft.submit', 'draft.review', 'draft.return', 'draft.signoff',
  'record.correct', 'record.retract', 'appeal.record', 'appeal.decide', 'followup.record',
  'personal.unmask', 'register.export', 'audit.view', 'audit.export', 'users.manage', 'key.create',
] as const;
export type Action = (typeof ACTIONS)[number];

/** The roles that may take each action (the drafter rule comes on top, see authorization.ts). */
export const ALLOWED: Readonly<Record<Action, readonly Role[]>> = {
  'draft.create': ['录入'],
  'draft.edit': ['录入'],
  'draft.submit': ['录入'],
  'draft.review': ['审核'],
  'draft.return': ['审核', '签发'],
  'draft.signoff': ['签发'],
  'record.correct': ['签发'],
  'record.retract': ['签发'],
  'appeal.record': ['录入', '审核', '签发'],
  'appeal.decide': ['审核', '签发'],
  'followup.record': ['录入', '审核'],
  'personal.unmask': ['审核', '签发', '管理'],
  'register.export': ['签发', '管理'],
  'audit.view': ['审核', '签发', '管理'],
  'audit.export': ['管理'],
  'users.manage': ['管理'],
  'key.create': ['管理'],
};

/** What each action is called in refusals. */
export const ACTION_NAMES: Readonly<Record<Action, string>> = {
  'draft.create': '起草记录', 'draft.edit': '修改草稿', 'draft.submit': '提交审核', 'draft.review': '审核通过',
  'draft.return': '退回修改', 'draft.signoff': '签发发布', 'record.correct': '发布更正', 'record.retract': '撤销记录',
  'appeal.record': '登记申诉', 'appeal.decide': '处理申诉', 'followup.record': '登记整改反馈',
  'personal.unmask': '查看未脱敏的个人信息', 'register.export': '导出登记册', 'audit.view': '查看审计日志',
  'audit.export': '导出审计日志', 'users.manage': '管理用户和角色', 'key.create': '创建签名密钥',
};
