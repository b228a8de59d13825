import { useState } from 'react';
import { Button, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import type { RegisterEntry } from '@core/records/entry';
import { MEASURES, type RecordKind } from '@core/records/model';
import type { RecordChanges } from '@core/records/ops-records';
import { currentRecords } from '@core/records/register-view';
import { useT } from '@renderer/i18n';
import { platform } from '@renderer/platform';
import { addAppeal, correct, exportBundle, retract } from './records-service';
import { EvidenceLinks } from './record-view';
import { useRegister, useReport } from './use-records';

type Ask = { seq: number; kind: 'correct' | 'retract' | 'appeal'; recordKind: RecordKind; measure: string; subject: string; reason: string; docNo: string } | null;

const TYPE_KEYS = { record: 'records.type.record', correction: 'records.type.correction', retraction: 'records.type.retraction' } as const;
const TYPE_COLORS = { record: 'blue', correction: 'orange', retraction: 'red' } as const;

/** The file name of a bundle export: 登记册-<size>条-<date>.json. */
export const bundleFileName = (size: number, day: string): string => `登记册-${size}条-${day}.json`;

/** 登记册: the published entries (seq, type, hash), corrections, retractions, appeals, and the bundle export. */
export function RegisterPanel() {
  const t = useT();
  const report = useReport();
  const register = useRegister() ?? [];
  const current = new Map(currentRecords(register).map((r) => [r.seq, r]));
  const [ask, setAsk] = useState<Ask>(null);
  const [form] = Form.useForm();
  const [busy, setBusy] = useState(false);

  const doExport = async () => {
    setBusy(true);
    const o = await exportBundle();
    if (report(o, t('records.register.exported')) && o.ok) {
      await platform.saveFile(bundleFileName(o.bundle.checkpoint.size, new Date().toISOString().slice(0, 10)), new TextEncoder().encode(o.text), 'application/json');
    }
    setBusy(false);
  };
  const open = (e: RegisterEntry, kind: 'correct' | 'retract' | 'appeal') => {
    const r = current.get(e.seq)!;
    const a: Ask = { seq: e.seq, kind, recordKind: r.body.kind as RecordKind, measure: String(r.body.measure), subject: String(r.body.subject), reason: String(r.body.reason), docNo: String(r.body.docNo ?? '') };
    form.setFieldsValue({ measure: a.measure, subject: a.subject, reasonText: a.reason, docNo: a.docNo, why: '', appellant: '', appealReason: '' });
    setAsk(a);
  };
  const submit = async () => {
    if (!ask) return;
    const v = form.getFieldsValue() as { measure: string; subject: string; reasonText: string; docNo: string; why: string; appellant: string; appealReason: string };
    let o;
    if (ask.kind === 'correct') {
      const changes: RecordChanges = {};
      if (v.measure !== ask.measure) changes.measure = v.measure;
      if (v.subject !== ask.subject) changes.subject = v.subject;
      if (v.reasonText !== ask.reason) changes.reason = v.reasonText;
      if (v.docNo !== ask.docNo) changes.docNo = v.docNo;
      o = await correct(ask.seq, changes, v.why ?? '');
    } else if (ask.kind === 'retract') o = await retract(ask.seq, v.why ?? '');
    else o = await addAppeal(ask.seq, v.appellant ?? '', v.appealReason ?? '');
    if (report(o, t(`records.register.${ask.kind}Done`))) setAsk(null);
  };

  return (
    <div data-testid="records-register">
      <Space style={{ marginBottom: 12 }} wrap>
        <Button type="primary" loading={busy} onClick={() => void doExport()} data-testid="register-export">{t('records.register.export')}</Button>
        <span className="records-hint">{t('records.register.lead', { n: register.length })}</span>
      </Space>
      <Table<RegisterEntry> size="small" rowKey="seq" dataSource={[...register].reverse()} pagination={{ pageSize: 15, showSizeChanger: false }} data-testid="register-table"
        columns={[
          { title: t('records.register.seq'), dataIndex: 'seq', width: 60 },
          { title: t('records.register.type'), dataIndex: 'type', width: 80, render: (ty: RegisterEntry['type']) => <Tag color={TYPE_COLORS[ty]}>{t(TYPE_KEYS[ty])}</Tag> },
          { title: t('records.register.at'), dataIndex: 'at', width: 200 },
          { title: t('records.register.content'), render: (_: unknown, e) => {
            if (e.type !== 'record') return t(e.type === 'correction' ? 'records.register.amendsCorrect' : 'records.register.amendsRetract', { seq: String(e.body.amends), reason: String(e.body.reason ?? '') });
            const r = current.get(e.seq)!;
            return (
              <div>
                <div><b>{String(r.body.kind)} · {String(r.body.measure)}</b>：{String(r.body.subject)} {r.body.docNo ? `（${String(r.body.docNo)}）` : ''}
                  {r.corrections.length > 0 && <Tag color="orange" style={{ marginInlineStart: 6 }}>{t('records.register.corrected', { seqs: r.corrections.join('、') })}</Tag>}
                  {r.retractedBy !== null && <Tag color="red" style={{ marginInlineStart: 6 }}>{t('records.register.retracted', { seq: r.retractedBy })}</Tag>}
                </div>
                <EvidenceLinks evidence={r.body.evidence as never} />
              </div>
            );
          } },
          { title: t('records.register.hash'), dataIndex: 'hash', width: 130, render: (h: string) => <code title={h}>{h.slice(0, 12)}…</code> },
          { title: '', width: 190, render: (_: unknown, e) => (e.type === 'record' && current.get(e.seq)?.retractedBy === null ? (
            <Space size={4}>
              <Button size="small" onClick={() => open(e, 'correct')} data-testid="register-correct">{t('records.register.correct')}</Button>
              <Button size="small" danger onClick={() => open(e, 'retract')}>{t('records.register.retract')}</Button>
              <Button size="small" type="link" onClick={() => open(e, 'appeal')} data-testid="register-appeal">{t('records.register.appeal')}</Button>
            </Space>
          ) : null) },
        ]} />
      <Modal open={!!ask} title={ask ? t(`records.register.${ask.kind}Title`, { seq: ask.seq }) : ''} okText={t('records.ok')} cancelText={t('records.cancel')} onCancel={() => setAsk(null)}
        onOk={() => void submit()} okButtonProps={{ 'data-testid': 'register-ask-ok' } as Record<string, string>} width={640} forceRender>
        <Form form={form} layout="vertical">
          {ask?.kind === 'correct' && (
            <>
              <Form.Item name="measure" label={t('records.field.measure')}><Select options={MEASURES[ask.recordKind].map((m) => ({ label: m, value: m }))} data-testid="correct-measure" /></Form.Item>
              <Form.Item name="subject" label={t('records.field.subject')}><Input /></Form.Item>
              <Form.Item name="reasonText" label={t('records.field.reason')}><Input.TextArea rows={3} /></Form.Item>
              <Form.Item name="docNo" label={t('records.field.docNo')}><Input /></Form.Item>
            </>
          )}
          {(ask?.kind === 'correct' || ask?.kind === 'retract') && (
            <Form.Item name="why" label={ask.kind === 'correct' ? t('records.register.correctWhy') : t('records.register.retractWhy')}><Input.TextArea rows={2} data-testid="register-why" /></Form.Item>
          )}
          {ask?.kind === 'appeal' && (
            <>
              <Form.Item name="appellant" label={t('records.appeal.appellant')}><Input data-testid="appeal-appellant" /></Form.Item>
              <Form.Item name="appealReason" label={t('records.appeal.reason')}><Input.TextArea rows={3} data-testid="appeal-reason" /></Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </div>
  );
}
