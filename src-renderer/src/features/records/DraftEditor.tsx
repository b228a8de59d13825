import { useEffect, useState } from 'react';
import { Alert, Form, Input, InputNumber, Modal, Radio, Select, Space } from 'antd';
import { DEFAULT_RECTIFICATION_DAYS, DEFAULT_REQUIREMENT } from '@core/records/candidates';
import { MEASURES, RECORD_KINDS, draftProblems, emptyEvidence, rectification, type RecordDraft, type RecordKind } from '@core/records/model';
import { useT } from '@renderer/i18n';
import { useWorkCalendar } from '@renderer/features/chronic/use-chronic';
import { today } from './records-service';
import { BasisText, EvidenceLinks } from './record-view';

export const blankDraft = (): RecordDraft => ({
  kind: '问责', measure: '通报批评', subject: { type: 'unit', name: '' }, reason: '', basis: null, evidence: emptyEvidence(), rectification: null, docNo: '',
});

type Props = { open: boolean; title: string; initial: RecordDraft | null; onCancel(): void; onSave(d: RecordDraft): Promise<boolean> };

/** The draft editor: kind and measure of §11, subject, reason, basis, evidence, rectification in working days, 文号. */
export function DraftEditor({ open, title, initial, onCancel, onSave }: Props) {
  const t = useT();
  const cal = useWorkCalendar();
  const [d, setD] = useState<RecordDraft>(initial ?? blankDraft());
  const [saving, setSaving] = useState(false);
  useEffect(() => { if (open) setD(initial ?? blankDraft()); }, [open, initial]);
  const set = (patch: Partial<RecordDraft>) => setD((x) => ({ ...x, ...patch }));

  const setKind = (kind: RecordKind) => {
    const rect = kind === '问责' ? d.rectification ?? (cal ? rectification(cal, DEFAULT_REQUIREMENT, today(), DEFAULT_RECTIFICATION_DAYS) : null) : null;
    set({ kind, measure: MEASURES[kind][0]!, rectification: rect });
  };
  const setRect = (requirement: string, days: number | null) => {
    if (!cal) return;
    const n = days ?? 0;
    const from = d.rectification?.from ?? today();
    set({ rectification: n >= 1 && n <= 250 ? rectification(cal, requirement, from, n) : { requirement, workingDays: n, from, deadline: '' } });
  };
  const problems = draftProblems(d);
  const save = async () => {
    setSaving(true);
    const ok = await onSave(d);
    setSaving(false);
    if (ok) onCancel();
  };
  return (
    <Modal open={open} title={title} width={760} okText={t('records.draft.save')} cancelText={t('records.cancel')} onCancel={onCancel} onOk={() => void save()} confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'draft-save' } as Record<string, string>} destroyOnHidden>
      <Form layout="vertical" data-testid="draft-editor">
        <Space size="large" wrap>
          <Form.Item label={t('records.field.kindOnly')}>
            <Radio.Group value={d.kind} onChange={(e) => setKind(e.target.value as RecordKind)} options={RECORD_KINDS.map((k) => ({ label: k, value: k }))} data-testid="draft-kind" />
          </Form.Item>
          <Form.Item label={t('records.field.measure')}>
            <Select style={{ width: 180 }} value={d.measure} onChange={(measure) => set({ measure })} options={MEASURES[d.kind].map((m) => ({ label: m, value: m }))} data-testid="draft-measure" />
          </Form.Item>
          <Form.Item label={t('records.field.docNo')} extra={t('records.field.docNoHint')}>
            <Input style={{ width: 220 }} value={d.docNo} onChange={(e) => set({ docNo: e.target.value })} placeholder="督通〔2026〕3号" data-testid="draft-docno" />
          </Form.Item>
        </Space>
        <Space size="large" wrap>
          <Form.Item label={t('records.field.subjectType')}>
            <Radio.Group value={d.subject.type} onChange={(e) => set({ subject: e.target.value === 'unit' ? { type: 'unit', name: d.subject.name } : { type: 'staff', name: '', unit: d.subject.name } })}
              options={[{ label: t('records.subject.unit'), value: 'unit' }, { label: t('records.subject.staff'), value: 'staff' }]} />
          </Form.Item>
          {d.subject.type === 'staff' && (
            <Form.Item label={t('records.field.staffUnit')}>
              <Input style={{ width: 220 }} value={d.subject.unit} onChange={(e) => set({ subject: { type: 'staff', name: d.subject.name, unit: e.target.value } })} />
            </Form.Item>
          )}
          <Form.Item label={d.subject.type === 'unit' ? t('records.field.unitName') : t('records.field.staffName')}>
            <Input style={{ width: 260 }} value={d.subject.name} onChange={(e) => set({ subject: { ...d.subject, name: e.target.value } })} data-testid="draft-subject" />
          </Form.Item>
        </Space>
        <Form.Item label={t('records.field.reason')}>
          <Input.TextArea rows={3} value={d.reason} onChange={(e) => set({ reason: e.target.value })} data-testid="draft-reason" />
        </Form.Item>
        <Form.Item label={t('records.field.basis')}>
          {d.basis ? <BasisText basis={d.basis} /> : (
            <Space>
              <span>{t('records.basis.caseManual')}</span>
              <Input style={{ width: 220 }} placeholder="YN20261101001" onChange={(e) => set({ basis: null, evidence: { ...d.evidence, cases: e.target.value ? [e.target.value] : [] } })}
                onBlur={(e) => e.target.value.trim() && set({ basis: { type: 'case', caseId: e.target.value.trim(), title: '' }, evidence: { ...d.evidence, cases: [e.target.value.trim()] } })} data-testid="draft-case" />
            </Space>
          )}
        </Form.Item>
        <Form.Item label={t('records.field.evidence')} extra={t('records.field.evidenceHint')}>
          <Select mode="tags" value={d.evidence.tickets} onChange={(tickets: string[]) => set({ evidence: { ...d.evidence, tickets } })} placeholder={t('records.field.tickets')} tokenSeparators={[',', '，', ' ']} maxTagCount={12} />
          <div style={{ marginTop: 6 }}><EvidenceLinks evidence={d.evidence} /></div>
        </Form.Item>
        {d.kind === '问责' && (
          <Space size="large" wrap align="start">
            <Form.Item label={t('records.field.requirement')} style={{ minWidth: 420 }}>
              <Input.TextArea rows={2} value={d.rectification?.requirement ?? ''} onChange={(e) => setRect(e.target.value, d.rectification?.workingDays ?? DEFAULT_RECTIFICATION_DAYS)} data-testid="draft-requirement" />
            </Form.Item>
            <Form.Item label={t('records.field.workingDays')} extra={d.rectification?.deadline ? t('records.field.deadline', { date: d.rectification.deadline }) : ''}>
              <InputNumber min={1} max={250} value={d.rectification?.workingDays ?? null} onChange={(v) => setRect(d.rectification?.requirement ?? DEFAULT_REQUIREMENT, v)} data-testid="draft-days" />
            </Form.Item>
          </Space>
        )}
        {problems.length > 0 && <Alert type="warning" showIcon message={t('records.draft.problems')} description={<ul style={{ margin: 0 }}>{problems.map((p) => <li key={p}>{p}</li>)}</ul>} data-testid="draft-problems" />}
      </Form>
    </Modal>
  );
}
