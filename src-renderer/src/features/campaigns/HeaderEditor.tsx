import { useEffect, useState } from 'react';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { CAMPAIGN_TYPES, type Campaign, type CampaignType } from '@core/campaigns/campaign';
import { editCampaign } from '@core/campaigns/campaign-ops';
import { useT } from '@renderer/i18n';
import { saveCampaignChange } from './campaign-repo';
import { useCampaignUi } from './campaign-store';
import { typeLabel } from './labels';
import { UnitInput } from './UnitInput';

type Values = { theme: string; type: CampaignType; from: string; to: string; leadUnit: string; reason?: string };

/** Edits theme, type, period and lead unit (筹备 freely, 实施 with a reason). */
export function HeaderEditor({ c, open, onClose }: { c: Campaign; open: boolean; onClose: () => void }) {
  const t = useT();
  const me = useCampaignUi((s) => s.me);
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => { if (open) { form.setFieldsValue({ theme: c.theme, type: c.type, from: c.from, to: c.to, leadUnit: c.leadUnit, reason: '' }); setError(null); } }, [open, c, form]);
  const submit = async (): Promise<void> => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const { reason, ...patch } = v;
    try {
      await saveCampaignChange(editCampaign(c, patch, { by: me || t('cmp.defaultActor'), now: Date.now() }, reason ?? ''));
      onClose();
    } catch (e) { setError(e instanceof Error ? e.message : String(e)); }
  };
  return (
    <Modal open={open} title={t('cmp.header.edit')} onCancel={onClose} onOk={() => void submit()} destroyOnHidden>
      <Form form={form} layout="vertical">
        <Form.Item name="theme" label={t('cmp.f.theme')} rules={[{ required: true, whitespace: true, message: t('cmp.new.needTheme') }]}><Input /></Form.Item>
        <Form.Item name="type" label={t('cmp.f.type')}><Select options={CAMPAIGN_TYPES.map((x) => ({ value: x, label: typeLabel(x, t) }))} /></Form.Item>
        <Form.Item name="from" label={t('cmp.f.from')} rules={[{ required: true, message: t('cmp.new.needFrom') }]}><Input type="date" /></Form.Item>
        <Form.Item name="to" label={t('cmp.f.to')} extra={t('cmp.new.toHint')} rules={[{ required: true, message: t('cmp.new.needTo') }]}><Input type="date" /></Form.Item>
        <Form.Item name="leadUnit" label={t('cmp.f.leadUnit')} rules={[{ required: true, whitespace: true, message: t('cmp.new.needLead') }]}><UnitInput /></Form.Item>
        {c.status === '实施' && <Form.Item name="reason" label={t('cmp.f.reason')} rules={[{ required: true, whitespace: true, message: t('cmp.problem.needReason') }]}><Input.TextArea rows={2} /></Form.Item>}
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}
