import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Table, Tag, Upload, type UploadFile } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import type { Campaign, Milestone, PolicyOutput } from '@core/campaigns/campaign';
import { addMilestone, addPolicy, completeMilestone } from '@core/campaigns/campaign-ops';
import { platform } from '@renderer/platform';
import { useFormat, useT } from '@renderer/i18n';
import { saveCampaignChange, storeEvidence } from './campaign-repo';
import { useCampaignUi } from './campaign-store';
import { downloadEvidence, readFiles } from './ReportsPanel';
import { today } from './use-campaign';

/** 节点 (milestones) and 政策成果 (policy outputs: title, 文号, date, issuing unit, files). */
export function PlanPanel({ c }: { c: Campaign }) {
  const t = useT();
  const f = useFormat();
  const { message } = App.useApp();
  const me = useCampaignUi((s) => s.me);
  const [mForm] = Form.useForm<{ title: string; due: string }>();
  const [pForm] = Form.useForm<{ title: string; docNo: string; date: string; unit: string }>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [error, setError] = useState<{ where: 'm' | 'p'; text: string } | null>(null);
  const a = () => ({ by: me || t('cmp.defaultActor'), now: Date.now() });
  const day = today();
  const fail = (where: 'm' | 'p', e: unknown): void => setError({ where, text: e instanceof Error ? e.message : String(e) });

  const addM = async (): Promise<void> => {
    const v = await mForm.validateFields().catch(() => null);
    if (!v) return;
    try { await saveCampaignChange(addMilestone(c, { id: `${c.id}-M${crypto.randomUUID().slice(0, 6)}`, title: v.title, due: v.due }, a())); mForm.resetFields(); setError(null); } catch (e) { fail('m', e); }
  };
  const addP = async (): Promise<void> => {
    const v = await pForm.validateFields().catch(() => null);
    if (!v) return;
    try {
      const evidence = await storeEvidence(c.id, await readFiles(files), platform);
      await saveCampaignChange(addPolicy(c, { id: `${c.id}-Z${crypto.randomUUID().slice(0, 6)}`, ...v, evidence }, a()));
      pForm.resetFields();
      setFiles([]);
      setError(null);
    } catch (e) { fail('p', e); }
  };
  const planning = c.status === '筹备' || c.status === '实施';
  const policyOpen = c.status === '实施' || c.status === '评估';

  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(460px, 1fr))', gap: 12 }}>
      <Card size="small" title={t('cmp.plan.milestones')} data-testid="milestones">
        <Table<Milestone> size="small" rowKey="id" pagination={false} dataSource={c.milestones} locale={{ emptyText: t('cmp.plan.noMilestones') }} columns={[
          { title: t('cmp.f.milestone'), dataIndex: 'title' },
          { title: t('cmp.f.due'), dataIndex: 'due', width: 110 },
          {
            title: t('cmp.f.standing'), width: 170, render: (_: unknown, m) => (m.doneAt !== null
              ? <Tag color="green">{t('cmp.plan.doneAt', { day: f.date(m.doneAt) })}</Tag>
              : day > m.due ? <Tag color="red">{t('cmp.standing.overdue')}</Tag> : <Tag>{t('cmp.standing.open')}</Tag>),
          },
          {
            title: '', width: 80, render: (_: unknown, m) => (m.doneAt === null && c.status !== '完成'
              ? <Button size="small" type="link" onClick={() => { saveCampaignChange(completeMilestone(c, m.id, a())).catch((e: unknown) => message.error(e instanceof Error ? e.message : String(e))); }}>{t('cmp.plan.reach')}</Button> : null),
          },
        ]} />
        {planning && (
          <Form form={mForm} layout="inline" style={{ marginTop: 8, rowGap: 8 }}>
            <Form.Item name="title" rules={[{ required: true, whitespace: true, message: t('cmp.plan.needMilestone') }]}><Input placeholder={t('cmp.f.milestone')} style={{ width: 220 }} data-testid="milestone-title" /></Form.Item>
            <Form.Item name="due" rules={[{ required: true, message: t('cmp.plan.needDue') }]}><Input type="date" data-testid="milestone-due" /></Form.Item>
            <Button onClick={() => void addM()} data-testid="milestone-add">{t('cmp.plan.addMilestone')}</Button>
          </Form>
        )}
        {error?.where === 'm' && <Alert type="error" showIcon style={{ marginTop: 8 }} title={error.text} />}
      </Card>
      <Card size="small" title={t('cmp.plan.policies')} data-testid="policies">
        <Table<PolicyOutput> size="small" rowKey="id" pagination={false} dataSource={c.policies} locale={{ emptyText: t('cmp.plan.noPolicies') }} columns={[
          { title: t('cmp.f.policyTitle'), dataIndex: 'title' },
          { title: t('cmp.f.docNo'), dataIndex: 'docNo', width: 170 },
          { title: t('cmp.f.date'), dataIndex: 'date', width: 100 },
          { title: t('cmp.f.issuer'), dataIndex: 'unit', width: 130 },
          { title: t('cmp.f.evidence'), width: 120, render: (_: unknown, p) => p.evidence.map((e) => <a key={e.sha256} onClick={() => { downloadEvidence(e).catch((err: unknown) => message.error(err instanceof Error ? err.message : String(err))); }}>{e.name}</a>) },
        ]} />
        {policyOpen && (
          <Form form={pForm} layout="vertical" style={{ marginTop: 8 }}>
            <div style={{ display: 'grid', gridTemplateColumns: '2fr 1.3fr 1fr 1.2fr', gap: 8 }}>
              <Form.Item name="title" label={t('cmp.f.policyTitle')} rules={[{ required: true, whitespace: true, message: t('cmp.plan.needPolicyTitle') }]}><Input data-testid="policy-title" /></Form.Item>
              <Form.Item name="docNo" label={t('cmp.f.docNo')} rules={[{ required: true, whitespace: true, message: t('cmp.plan.needDocNo') }]}><Input placeholder="云政办发〔2026〕12号" data-testid="policy-docno" /></Form.Item>
              <Form.Item name="date" label={t('cmp.f.date')} rules={[{ required: true, message: t('cmp.plan.needDate') }]}><Input type="date" data-testid="policy-date" /></Form.Item>
              <Form.Item name="unit" label={t('cmp.f.issuer')} rules={[{ required: true, whitespace: true, message: t('cmp.plan.needIssuer') }]}><Input data-testid="policy-unit" /></Form.Item>
            </div>
            <Upload multiple fileList={files} beforeUpload={() => false} onChange={({ fileList }) => setFiles(fileList)}>
              <Button icon={<UploadOutlined />}>{t('cmp.report.choose')}</Button>
            </Upload>
            <Button type="primary" style={{ marginTop: 8 }} onClick={() => void addP()} data-testid="policy-add">{t('cmp.plan.addPolicy')}</Button>
          </Form>
        )}
        {error?.where === 'p' && <Alert type="error" showIcon style={{ marginTop: 8 }} title={error.text} />}
      </Card>
    </div>
  );
}
