import { useState } from 'react';
import { Alert, App, Button, Input, Modal, Space, Steps } from 'antd';
import { CAMPAIGN_STATUSES, type Campaign, type CampaignStatus, type CampaignTask } from '@core/campaigns/campaign';
import { transitionCampaign } from '@core/campaigns/campaign-ops';
import { checkCampaignTransition, transitionsFrom } from '@core/campaigns/lifecycle';
import { useT } from '@renderer/i18n';
import { saveCampaignChange } from './campaign-repo';
import { useCampaignUi } from './campaign-store';
import { statusLabel } from './labels';
import { today } from './use-campaign';

const ACTION = { '筹备>实施': 'start', '实施>评估': 'evaluate', '评估>实施': 'resume', '评估>完成': 'finish' } as const;
type ActionKey = keyof typeof ACTION;

/**
 * 筹备 → 实施 → 评估 → 完成 as steps, with a button per transition allowed from the current state.
 * A refused transition shows its guard's reason (what is missing and what to do); 继续实施 asks
 * for a reason first.
 */
export function LifecycleBar({ c, tasks, reports }: { c: Campaign; tasks: readonly CampaignTask[]; reports: number }) {
  const t = useT();
  const { message } = App.useApp();
  const me = useCampaignUi((s) => s.me);
  const [refused, setRefused] = useState<string | null>(null);
  const [asking, setAsking] = useState<CampaignStatus | null>(null);
  const [reason, setReason] = useState('');

  const go = async (to: CampaignStatus, why?: string): Promise<void> => {
    const needsReason = transitionsFrom(c.status).find((x) => x.to === to)?.guards.includes('reasonRequired') ?? false;
    if (needsReason && why === undefined) { setAsking(to); setReason(''); return; }
    const ctx = { today: today(), tasks, reports, reason: why };
    const chk = checkCampaignTransition(c, to, ctx);
    if (!chk.ok) {
      setRefused(chk.reason);
      return;
    }
    try {
      await saveCampaignChange(transitionCampaign(c, to, ctx, { by: me || t('cmp.defaultActor'), now: Date.now() }));
      setRefused(null);
      setAsking(null);
      message.success(t('cmp.life.moved', { status: statusLabel(to, t) }));
    } catch (e) {
      setRefused(e instanceof Error ? e.message : String(e));
    }
  };

  const current = CAMPAIGN_STATUSES.indexOf(c.status);
  return (
    <div data-testid="lifecycle">
      <div style={{ display: 'flex', gap: 16, alignItems: 'center', flexWrap: 'wrap' }}>
        <Steps size="small" current={current} status={c.status === '完成' ? 'finish' : 'process'} style={{ flex: '1 1 420px', maxWidth: 640 }}
          items={CAMPAIGN_STATUSES.map((s) => ({ title: statusLabel(s, t) }))} />
        <Space wrap>
          {transitionsFrom(c.status).map((tr) => (
            <Button key={tr.to} type={tr.to === '实施' && c.status === '评估' ? 'default' : 'primary'} onClick={() => void go(tr.to)} data-testid={`transition-${ACTION[`${tr.from}>${tr.to}` as ActionKey]}`}>
              {t(`cmp.life.${ACTION[`${tr.from}>${tr.to}` as ActionKey]}`)}
            </Button>
          ))}
        </Space>
      </div>
      {refused && <Alert type="warning" showIcon closable onClose={() => setRefused(null)} style={{ marginTop: 8 }} title={t('cmp.life.refused')} description={refused} data-testid="transition-refused" />}
      <Modal open={asking !== null} title={t('cmp.life.reasonTitle')} onCancel={() => setAsking(null)} onOk={() => { if (asking) void go(asking, reason); }} okButtonProps={{ disabled: !reason.trim() }}>
        <Input.TextArea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('cmp.life.reasonHint')} data-testid="transition-reason" />
      </Modal>
    </div>
  );
}
