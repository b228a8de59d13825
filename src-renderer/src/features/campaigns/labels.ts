import type { CampaignStatus, CampaignType, UnitRole } from '@core/campaigns/campaign';
import type { CampaignEventKind } from '@core/campaigns/timeline';
import type { SelectorField } from '@core/campaigns/selector';
import type { TaskStanding } from '@core/campaigns/tasks';
import type { Translate } from '@renderer/i18n';

/** Words for the campaign enums (stored in Chinese, shown in the interface language). */
const STATUS = { 筹备: 'prep', 实施: 'active', 评估: 'review', 完成: 'done' } as const;
export const statusLabel = (s: CampaignStatus, t: Translate): string => t(`cmp.status.${STATUS[s]}`);
export const STATUS_COLOR: Record<CampaignStatus, string> = { 筹备: 'default', 实施: 'processing', 评估: 'warning', 完成: 'success' };

const TYPE = { 专项行动: 'campaign', 每月一题: 'monthly' } as const;
export const typeLabel = (s: CampaignType, t: Translate): string => t(`cmp.type.${TYPE[s]}`);

const ROLE = { 牵头: 'lead', 统筹: 'coordinate', 主责: 'responsible', 配合: 'assist' } as const;
export const roleLabel = (r: UnitRole | '牵头', t: Translate): string => t(`cmp.role.${ROLE[r]}`);

export const standingLabel = (s: TaskStanding, t: Translate): string => t(`cmp.standing.${s}`);

export const fieldLabel = (f: SelectorField, t: Translate): string => t(`cmp.sel.${f}`);

export const eventKindLabel = (k: CampaignEventKind, t: Translate): string => t(`cmp.event.${k}`);
