import { useState } from 'react';
import { App, Button, Checkbox, Form, Input, Space, Table, Tag, Upload, type UploadFile } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import type { ChronicCaseRecord, EvidenceRef, FollowUp } from '@core/cases/case-record';
import { addFollowUp, completeFollowUp } from '@core/cases/case-ops';
import { evidenceRef } from '@core/ipc/evidence-ref';
import { useFormat, useT } from '@renderer/i18n';
import { platform } from '@renderer/platform';
import { saveFollowUp } from './case-repo';

/** Stores each chosen file through the platform (content-addressed by SHA-256) and returns the references. */
async function storeEvidence(caseId: string, files: UploadFile[]): Promise<EvidenceRef[]> {
  const out: EvidenceRef[] = [];
  for (const f of files) {
    const file = f.originFileObj;
    if (!file) continue;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const receipt = await platform.putEvidence(caseId, file.name, bytes);
    out.push({ name: file.name, sha256: receipt.sha256, size: receipt.size, type: file.type || 'application/octet-stream' });
  }
  return out;
}

/** Follow-up records of a case: list with evidence (download verifies the bytes) and the entry form. */
export function FollowUpsPanel({ rec, followUps, me }: { rec: ChronicCaseRecord; followUps: FollowUp[]; me: string }) {
  const { message } = App.useApp();
  const t = useT();
  const fmt = useFormat();
  const [form] = Form.useForm<{ by: string; action: string; open: boolean }>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [busy, setBusy] = useState(false);
  const closed = rec.closedAt !== null;

  const submit = async (): Promise<void> => {
    // A failed validation is shown on the form itself.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setBusy(true);
    try {
      const evidence = await storeEvidence(rec.id, files);
      const now = Date.now();
      const change = addFollowUp(rec, { id: crypto.randomUUID(), action: v.action, evidence, open: !!v.open }, { by: v.by, now });
      await saveFollowUp(change, { ...rec, updatedAt: now });
      form.resetFields(['action', 'open']);
      setFiles([]);
      message.success(t('chronic.followup.saved'));
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const download = async (e: EvidenceRef): Promise<void> => {
    try {
      const bytes = await platform.getEvidence(evidenceRef(e.sha256));
      await platform.saveFile(e.name, bytes, e.type);
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  };

  const finish = async (f: FollowUp): Promise<void> => {
    try {
      await saveFollowUp(completeFollowUp(f, { by: me || f.by, now: Date.now() }, ''), rec);
      message.success(t('chronic.followup.done'));
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <div data-testid="followups">
      <Table<FollowUp> size="small" rowKey="id" dataSource={followUps} pagination={false} data-testid="followup-list"
        columns={[
          { title: t('chronic.followup.col.at'), dataIndex: 'at', width: 160, render: (at: number) => fmt.dateTime(at) },
          { title: t('chronic.followup.col.by'), dataIndex: 'by', width: 90 },
          { title: t('chronic.followup.col.action'), dataIndex: 'action' },
          {
            title: t('chronic.followup.col.evidence'), dataIndex: 'evidence', width: 260, render: (ev: EvidenceRef[]) => ev.map((e) => (
              <div key={e.sha256}><a onClick={() => void download(e)} data-testid="evidence-link">{e.name}</a> <span style={{ color: '#999', fontSize: 12 }}>SHA-256 {e.sha256.slice(0, 12)}…</span></div>
            )),
          },
          {
            title: t('chronic.followup.col.status'), dataIndex: 'status', width: 150, render: (s: FollowUp['status'], f) => (s === 'open'
              ? <Space><Tag color="orange">{t('chronic.followup.open')}</Tag>{!closed && <Button size="small" onClick={() => void finish(f)} data-testid="followup-done">{t('chronic.followup.finish')}</Button>}</Space>
              : <Tag color="green">{t('chronic.followup.completed')}</Tag>),
          },
        ]} />
      {!closed && (
        <Form form={form} layout="vertical" style={{ marginTop: 16, maxWidth: 640 }} initialValues={{ by: me || rec.supervisor, open: false }} data-testid="followup-form">
          <Form.Item name="by" label={t('chronic.followup.col.by')} rules={[{ required: true, message: t('chronic.followup.byRequired') }]}><Input /></Form.Item>
          <Form.Item name="action" label={t('chronic.followup.col.action')} rules={[{ required: true, message: t('chronic.followup.actionRequired') }]}><Input.TextArea rows={3} data-testid="followup-action" /></Form.Item>
          <Form.Item name="open" valuePropName="checked"><Checkbox>{t('chronic.followup.isOpen')}</Checkbox></Form.Item>
          <Form.Item label={t('chronic.followup.evidence')}>
            <Upload multiple fileList={files} beforeUpload={() => false} onChange={(i) => setFiles(i.fileList)} data-testid="followup-upload">
              <Button icon={<UploadOutlined />}>{t('chronic.followup.chooseFiles')}</Button>
            </Upload>
          </Form.Item>
          <Button type="primary" loading={busy} onClick={() => void submit()} data-testid="followup-submit">{t('chronic.followup.submit')}</Button>
        </Form>
      )}
    </div>
  );
}
