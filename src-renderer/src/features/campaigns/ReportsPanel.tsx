import { useMemo, useState } from 'react';
import { Alert, App, Button, Form, Input, Select, Typography, Upload, type UploadFile } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import type { EvidenceRef } from '@core/cases/case-record';
import type { Campaign, CampaignTask, ProgressReport } from '@core/campaigns/campaign';
import { campaignUnits, fileReport } from '@core/campaigns/campaign-ops';
import { evidenceRef } from '@core/ipc/evidence-ref';
import { platform } from '@renderer/platform';
import { useFormat, useT } from '@renderer/i18n';
import { saveReportChange, storeEvidence, type EvidenceFile } from './campaign-repo';
import { useCampaignUi } from './campaign-store';
import { Later } from './Later';
import { VirtualTable, type VColumn } from './VirtualTable';
import { zhCompare } from './locale-text';

type Row = ProgressReport & { problem: string; task: string };
type Values = { unit: string; problemId: string; taskId: string; text: string; by: string };
const NONE = '__none__';

/** Downloads an evidence file after the store has checked its bytes against their SHA-256. */
export async function downloadEvidence(e: EvidenceRef): Promise<void> {
  const bytes = await platform.getEvidence(evidenceRef(e.sha256));
  await platform.saveFile(e.name, bytes, e.type);
}

/** Files chosen in an Upload, read into bytes for the evidence store. */
export async function readFiles(files: UploadFile[]): Promise<EvidenceFile[]> {
  const out: EvidenceFile[] = [];
  for (const f of files) {
    const file = f.originFileObj;
    if (file) out.push({ name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  return out;
}

/** 进展填报: the form (unit, problem, task, text, evidence files) and every report in a grid, newest first. */
export function ReportsPanel({ c, tasks, reports }: { c: Campaign; tasks: CampaignTask[]; reports: ProgressReport[] }) {
  const t = useT();
  const f = useFormat();
  const { message } = App.useApp();
  const me = useCampaignUi((s) => s.me);
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const unit = Form.useWatch('unit', form);
  const open = c.status === '实施' || c.status === '评估';
  const titles = useMemo(() => new Map(c.problems.map((p) => [p.id, p.title])), [c.problems]);
  const taskTitles = useMemo(() => new Map(tasks.map((x) => [x.id, x.title])), [tasks]);
  const rows = useMemo<Row[]>(() => reports.map((r) => ({ ...r, problem: r.problemId ? titles.get(r.problemId) ?? r.problemId : '', task: r.taskId ? taskTitles.get(r.taskId) ?? r.taskId : '' })), [reports, titles, taskTitles]);

  const submit = async (): Promise<void> => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setBusy(true);
    setError(null);
    try {
      const evidence = await storeEvidence(c.id, await readFiles(files), platform);
      const change = fileReport(c, {
        id: `${c.id}-R${crypto.randomUUID().slice(0, 8)}`, unit: v.unit, problemId: v.problemId === NONE ? null : v.problemId,
        taskId: v.taskId === NONE || !v.taskId ? null : v.taskId, text: v.text, evidence,
      }, tasks, { by: v.by || me || t('cmp.defaultActor'), now: Date.now() });
      await saveReportChange(change);
      form.resetFields(['text', 'taskId']);
      setFiles([]);
      message.success(t('cmp.report.saved'));
    } catch (e) { setError(e instanceof Error ? e.message : String(e)); } finally { setBusy(false); }
  };

  const cols = useMemo<VColumn<Row>[]>(() => [
    { key: 'at', title: t('cmp.f.reportAt'), width: 150, render: (r) => f.dateTime(r.at), compare: (x, y) => x.at - y.at },
    { key: 'unit', title: t('cmp.f.unit'), width: 160, render: (r) => r.unit, tip: (r) => r.unit, compare: (x, y) => zhCompare(x.unit, y.unit) },
    { key: 'by', title: t('cmp.f.reporter'), width: 140, render: (r) => r.by, tip: (r) => r.by },
    { key: 'problem', title: t('cmp.f.problem'), width: 140, render: (r) => r.problem, tip: (r) => r.problem },
    { key: 'task', title: t('cmp.f.task'), width: 180, render: (r) => r.task, tip: (r) => r.task },
    { key: 'text', title: t('cmp.f.reportText'), flex: 1, minWidth: 260, render: (r) => r.text, tip: (r) => r.text },
    {
      key: 'evidence', title: t('cmp.f.evidence'), width: 220,
      render: (r) => r.evidence.map((e) => (
        <a key={e.sha256} style={{ marginRight: 8 }} data-testid="evidence-link" title={`SHA-256 ${e.sha256}`}
          onClick={() => { downloadEvidence(e).catch((err: unknown) => message.error(err instanceof Error ? err.message : String(err))); }}>{e.name}</a>
      )),
    },
  ], [t, f, message]);

  return (
    <div data-testid="reports-panel">
      {open ? (
        <Later fallback={<div style={{ height: 260 }} />}>
        <Form form={form} layout="vertical" initialValues={{ problemId: NONE, taskId: NONE, by: me }} style={{ maxWidth: 980, marginBottom: 12 }} data-testid="report-form">
          <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr 1fr', gap: 12 }}>
            <Form.Item name="unit" label={t('cmp.f.unit')} rules={[{ required: true, message: t('cmp.task.needUnit') }]}>
              <Select options={campaignUnits(c).map((u) => ({ value: u, label: u }))} data-testid="report-unit" showSearch onChange={() => form.setFieldValue('taskId', NONE)} />
            </Form.Item>
            <Form.Item name="problemId" label={t('cmp.f.problem')}>
              <Select options={[{ value: NONE, label: t('cmp.task.wholeCampaign') }, ...c.problems.map((p) => ({ value: p.id, label: p.title }))]} />
            </Form.Item>
            <Form.Item name="taskId" label={t('cmp.f.task')}>
              <Select data-testid="report-task" options={[{ value: NONE, label: t('cmp.report.noTask') }, ...tasks.filter((x) => x.unit === unit).map((x) => ({ value: x.id, label: x.title }))]} />
            </Form.Item>
            <Form.Item name="by" label={t('cmp.f.reporter')} rules={[{ required: true, whitespace: true, message: t('cmp.report.needBy') }]}><Input data-testid="report-by" /></Form.Item>
          </div>
          <Form.Item name="text" label={t('cmp.f.reportText')} rules={[{ required: true, whitespace: true, message: t('cmp.report.needText') }]}>
            <Input.TextArea rows={2} placeholder={t('cmp.report.textHint')} data-testid="report-text" />
          </Form.Item>
          <Form.Item label={t('cmp.f.evidence')} extra={t('cmp.report.evidenceHint')}>
            <Upload multiple fileList={files} beforeUpload={() => false} onChange={({ fileList }) => setFiles(fileList)} data-testid="report-files">
              <Button icon={<UploadOutlined />}>{t('cmp.report.choose')}</Button>
            </Upload>
          </Form.Item>
          <Button type="primary" loading={busy} onClick={() => void submit()} data-testid="report-submit">{t('cmp.report.submit')}</Button>
          {error && <Alert type="error" showIcon style={{ marginTop: 8 }} title={error} data-testid="report-error" />}
        </Form>
        </Later>
      ) : (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={c.status === '筹备' ? t('cmp.report.notYet') : t('cmp.report.closed')} />
      )}
      <Typography.Text>{t('cmp.report.count', { n: rows.length })}</Typography.Text>
      <VirtualTable<Row> rows={rows} columns={cols} height={420} testId="reports-grid" empty={t('cmp.report.none')} />
    </div>
  );
}
