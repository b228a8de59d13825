import { useEffect, useState } from 'react';
import { Alert, Button, Form, Input, Modal, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { UNIT_ROLES, type Campaign, type CampaignProblem, type CoUnit } from '@core/campaigns/campaign';
import { addProblem, editProblem } from '@core/campaigns/campaign-ops';
import { emptySelector, type ProblemSelector } from '@core/campaigns/selector';
import { useT } from '@renderer/i18n';
import { saveCampaignChange } from './campaign-repo';
import { useCampaignUi } from './campaign-store';
import { roleLabel } from './labels';
import { SelectorEditor } from './SelectorEditor';
import { SelectorPreview } from './SelectorPreview';
import { UnitInput } from './UnitInput';

type Values = { title: string; leadUnit: string; coUnits: CoUnit[]; reason?: string };

/** Adds a problem (筹备) or edits one (筹备, or 实施 with a reason): title, units with roles and the selector with its live preview. */
export function ProblemEditor({ c, problem, open, onClose }: { c: Campaign; problem: CampaignProblem | null; open: boolean; onClose: () => void }) {
  const t = useT();
  const me = useCampaignUi((s) => s.me);
  const [form] = Form.useForm<Values>();
  const [selector, setSelector] = useState<ProblemSelector>(problem?.selector ?? emptySelector());
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ title: problem?.title ?? '', leadUnit: problem?.leadUnit ?? '', coUnits: problem?.coUnits ?? [] });
    setSelector(problem?.selector ?? emptySelector());
    setError(null);
  }, [open, problem, form]);

  const submit = async (): Promise<void> => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const a = { by: me || t('cmp.defaultActor'), now: Date.now() };
    const coUnits = (v.coUnits ?? []).filter((u) => u?.unit?.trim());
    let id = problem?.id;
    if (!id) { let k = c.problems.length + 1; while (c.problems.some((p) => p.id === `${c.id}-P${k}`)) k++; id = `${c.id}-P${k}`; }
    const change = problem
      ? editProblem(c, problem.id, { title: v.title, leadUnit: v.leadUnit, coUnits, selector }, a, v.reason ?? '')
      : addProblem(c, { id, title: v.title, selector, leadUnit: v.leadUnit, coUnits }, a);
    try {
      await saveCampaignChange(change);
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Modal open={open} width={1000} title={problem ? t('cmp.problem.editTitle', { title: problem.title }) : t('cmp.problem.addTitle')}
      onCancel={onClose} onOk={() => void submit()} okButtonProps={{ 'data-testid': 'problem-ok' } as Record<string, string>} destroyOnHidden>
      <Form form={form} layout="vertical" data-testid="problem-form">
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 16 }}>
          <div>
            <Form.Item name="title" label={t('cmp.f.problemTitle')} rules={[{ required: true, whitespace: true, message: t('cmp.problem.needTitle') }]}><Input data-testid="problem-title" /></Form.Item>
            <Form.Item name="leadUnit" label={t('cmp.f.problemLead')} rules={[{ required: true, whitespace: true, message: t('cmp.problem.needLead') }]}><UnitInput testId="problem-lead" /></Form.Item>
            <Form.List name="coUnits">
              {(fields, { add, remove }) => (
                <Form.Item label={t('cmp.f.coUnits')}>
                  {fields.map((fl) => (
                    <Space key={fl.key} align="baseline" style={{ display: 'flex' }}>
                      <Form.Item name={[fl.name, 'unit']} style={{ width: 260, marginBottom: 6 }} rules={[{ required: true, whitespace: true, message: t('cmp.problem.needCoUnit') }]}><UnitInput testId="co-unit" /></Form.Item>
                      <Form.Item name={[fl.name, 'role']} style={{ width: 110, marginBottom: 6 }} initialValue="配合">
                        <Select options={UNIT_ROLES.map((r) => ({ value: r, label: roleLabel(r, t) }))} data-testid="co-role" />
                      </Form.Item>
                      <MinusCircleOutlined onClick={() => remove(fl.name)} aria-label={t('cmp.remove')} />
                    </Space>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ unit: '', role: '配合' })} data-testid="co-unit-add">{t('cmp.problem.addCoUnit')}</Button>
                </Form.Item>
              )}
            </Form.List>
            <SelectorEditor value={selector} onChange={setSelector} />
            {problem && c.status === '实施' && (
              <Form.Item name="reason" label={t('cmp.f.reason')} rules={[{ required: true, whitespace: true, message: t('cmp.problem.needReason') }]}><Input.TextArea rows={2} /></Form.Item>
            )}
          </div>
          <div><SelectorPreview selector={selector} /></div>
        </div>
      </Form>
      {error && <Alert type="error" showIcon title={error} data-testid="problem-error" />}
    </Modal>
  );
}
