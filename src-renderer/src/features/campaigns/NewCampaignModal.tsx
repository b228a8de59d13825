import { useEffect, useState } from 'react';
import { Alert, Form, Input, Modal, Select, Typography } from 'antd';
import { CAMPAIGN_TYPES, type CampaignType } from '@core/campaigns/campaign';
import { addProblem, createCampaign } from '@core/campaigns/campaign-ops';
import { emptySelector, type ProblemSelector } from '@core/campaigns/selector';
import { formatHash } from '@renderer/app/router';
import { useT } from '@renderer/i18n';
import { nextCampaignId, saveCampaignWrites, type CampaignWrite } from './campaign-repo';
import { useCampaignUi } from './campaign-store';
import type { CampaignDraft } from './draft-link';
import { typeLabel } from './labels';
import { SelectorEditor } from './SelectorEditor';
import { SelectorPreview } from './SelectorPreview';
import { UnitInput } from './UnitInput';

type Values = { theme: string; type: CampaignType; from: string; to: string; leadUnit: string; problemTitle: string; problemLead: string };

/**
 * 新建专项行动: theme, type, period and lead unit, and a first problem. Opened from a draft link
 * (a hotspot), the theme and the first problem's selector are filled in. Form checks say what
 * is missing; the campaign operations check the rest and their reasons are shown as they are.
 */
export function NewCampaignModal({ open, draft, onClose }: { open: boolean; draft: CampaignDraft | null; onClose: () => void }) {
  const t = useT();
  const me = useCampaignUi((s) => s.me);
  const [form] = Form.useForm<Values>();
  const [selector, setSelector] = useState<ProblemSelector>(draft?.problem.selector ?? emptySelector());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ theme: draft?.theme ?? '', problemTitle: draft?.problem.name ?? '', type: '专项行动' });
    setSelector(draft?.problem.selector ?? emptySelector());
    setError(null);
  }, [open, draft, form]);

  const submit = async (): Promise<void> => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setBusy(true);
    setError(null);
    try {
      const id = await nextCampaignId(v.from);
      const a = { by: me || t('cmp.defaultActor'), now: Date.now() };
      const created = createCampaign({ id, theme: v.theme, type: v.type, from: v.from, to: v.to, leadUnit: v.leadUnit }, a);
      const writes: CampaignWrite[] = [{ kind: 'campaign', change: created }];
      if (created.ok && v.problemTitle?.trim()) {
        writes.push({ kind: 'campaign', change: addProblem(created.value, { id: `${id}-P1`, title: v.problemTitle, selector, leadUnit: v.problemLead || v.leadUnit }, a) });
      }
      await saveCampaignWrites(id, writes);
      onClose();
      window.location.hash = formatHash('campaigns', { tab: 'campaigns', id });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const required = (msg: string) => [{ required: true, whitespace: true, message: msg }];
  return (
    <Modal open={open} title={t('cmp.new.title')} onCancel={onClose} onOk={() => void submit()} confirmLoading={busy} width={980}
      okText={t('cmp.new.ok')} okButtonProps={{ 'data-testid': 'campaign-create-ok' } as Record<string, string>} destroyOnHidden>
      {draft?.source && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('cmp.new.fromDraft', { source: draft.source })} data-testid="campaign-draft-source" />}
      <Form form={form} layout="vertical" data-testid="campaign-form">
        <div style={{ display: 'grid', gridTemplateColumns: '2fr 1fr', gap: 12 }}>
          <Form.Item name="theme" label={t('cmp.f.theme')} rules={required(t('cmp.new.needTheme'))}><Input data-testid="campaign-theme" /></Form.Item>
          <Form.Item name="type" label={t('cmp.f.type')} rules={[{ required: true, message: t('cmp.new.needType') }]}>
            <Select options={CAMPAIGN_TYPES.map((x) => ({ value: x, label: typeLabel(x, t) }))} />
          </Form.Item>
        </div>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 2fr', gap: 12 }}>
          <Form.Item name="from" label={t('cmp.f.from')} rules={[{ required: true, message: t('cmp.new.needFrom') }]}><Input type="date" data-testid="campaign-from" /></Form.Item>
          <Form.Item name="to" label={t('cmp.f.to')} extra={t('cmp.new.toHint')} dependencies={['from']}
            rules={[{ required: true, message: t('cmp.new.needTo') }, ({ getFieldValue }) => ({
              validator: (_, v: string) => (!v || !getFieldValue('from') || v > (getFieldValue('from') as string) ? Promise.resolve() : Promise.reject(new Error(t('cmp.new.toAfterFrom')))),
            })]}>
            <Input type="date" data-testid="campaign-to" />
          </Form.Item>
          <Form.Item name="leadUnit" label={t('cmp.f.leadUnit')} rules={required(t('cmp.new.needLead'))}><UnitInput testId="campaign-lead" /></Form.Item>
        </div>
        <Typography.Title level={5} style={{ marginTop: 4 }}>{t('cmp.new.firstProblem')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('cmp.new.firstProblemHint')}</Typography.Paragraph>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 16 }}>
          <div>
            <Form.Item name="problemTitle" label={t('cmp.f.problemTitle')}><Input data-testid="problem-title" /></Form.Item>
            <Form.Item name="problemLead" label={t('cmp.f.problemLead')} extra={t('cmp.new.problemLeadHint')}><UnitInput testId="problem-lead" /></Form.Item>
            <SelectorEditor value={selector} onChange={setSelector} />
          </div>
          <div><SelectorPreview selector={selector} /></div>
        </div>
      </Form>
      {error && <Alert type="error" showIcon title={error} data-testid="campaign-form-error" />}
    </Modal>
  );
}
