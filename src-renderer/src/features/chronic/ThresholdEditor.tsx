import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Alert, App, Button, Card, Checkbox, Col, InputNumber, Row, Space, Table, Tag } from 'antd';
import { canonicalJson, sha256Hex } from '@core/base/rules/versioned';
import { localDay } from '@core/base/calendar/working-days';
import { CHRONIC_V1, validateChronicRuleMessages, type ChronicRuleBody, type ChronicRuleId, type ChronicRuleSet } from '@core/chronic/rule-set';
import { useCan } from '@renderer/app/session';
import { db } from '@renderer/db';
import type { CompareResponse, RuleChange } from '@renderer/engine/computations/chronic';
import { RuleEditorActions, RuleVersionHeader } from '@renderer/features/assessment/RuleEditorParts';
import { useFormat, useT, type MessageKey } from '@renderer/i18n';
import { useCoreText } from '@renderer/i18n/core-text';
import { saveChronicRuleSet } from './case-repo';
import { useChronicStore } from './chronic-store';
import { ComputingState } from './ComputingState';
import { dayText, ruleName } from './labels';
import { useActiveChronicRuleSet, useChronicRuleSets, useChronicRun } from './use-chronic';

type RuleKey = keyof ChronicRuleBody;
/** The numbers a user edits per rule, in the order shown (the rule body's own field names). */
const FIELDS: { [K in RuleKey]: { field: Exclude<keyof ChronicRuleBody[K], 'enabled' | 'pingPong'>; min: number; step?: number }[] } = {
  r1: [{ field: 'gapDays', min: 0 }, { field: 'minTickets', min: 1 }],
  r2: [{ field: 'gapDays', min: 0 }, { field: 'minTickets', min: 1 }],
  r3: [{ field: 'minReopens', min: 1 }],
  r4: [{ field: 'minRejects', min: 1 }],
  r5: [{ field: 'overdueDays', min: 0 }],
  r6: [
    { field: 'threshold', min: 0, step: 0.05 }, { field: 'gapDays', min: 0 }, { field: 'minTickets', min: 1 }, { field: 'gramSize', min: 1 },
    { field: 'minTextLength', min: 0 }, { field: 'bands', min: 1 }, { field: 'rowsPerBand', min: 1 },
  ],
};
const RULE_KEYS = Object.keys(FIELDS) as RuleKey[];

/**
 * 检测阈值: the chronic-v1 thresholds (DOMAIN.md §6) as versioned rule data, edited with the
 * frame of the 考核 rule editor: validation as you type, a preview in the engine worker of how
 * many detections each rule gains or loses on the current data, and saving as a new version
 * (which detections then use). Old versions are listed and never changed.
 */
export function ThresholdEditor() {
  const t = useT();
  const active = useActiveChronicRuleSet();
  const sets = useChronicRuleSets();
  const [base, setBase] = useState<ChronicRuleSet | null>(null);
  const editing = base ?? active;
  // A new key per edited version resets the draft to that version's thresholds.
  return (
    <div data-testid="threshold-editor">
      <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('chronic.thr.intro')} />
      <ThresholdDraft key={`${editing.id}@${editing.version}`} ruleSet={editing} active={active} onSaved={() => setBase(null)} />
      <VersionList sets={sets ?? [CHRONIC_V1]} active={active} editing={editing} onEdit={setBase} />
    </div>
  );
}

function ThresholdDraft({ ruleSet, active, onSaved }: { ruleSet: ChronicRuleSet; active: ChronicRuleSet; onSaved(): void }) {
  const { message } = App.useApp();
  const t = useT();
  const core = useCoreText();
  const canEdit = useCan('editRules');
  const { asOf, setRuleRef } = useChronicStore();
  const meta = useLiveQuery(() => db.meta.get('store'), []);
  const day = asOf || (meta && typeof meta.to === 'number' ? localDay(meta.to) : '');
  const [draft, setDraft] = useState<ChronicRuleBody>(() => structuredClone(ruleSet.body));
  const [id, setId] = useState(ruleSet.id);
  const [preview, setPreview] = useState(false);
  const [saving, setSaving] = useState(false);
  const errors = useMemo(() => validateChronicRuleMessages(draft).map(core), [draft, core]);
  const sha = useMemo(() => sha256Hex(canonicalJson(draft)), [draft]);
  const changed = sha !== ruleSet.sha256;

  const set = <K extends RuleKey>(rule: K, patch: Partial<ChronicRuleBody[K]>): void => {
    setDraft((d) => ({ ...d, [rule]: { ...d[rule], ...patch } }));
    setPreview(false);
  };
  // Compared with what detections use now, so the preview says what saving would change there.
  const req = preview && errors.length === 0 && day
    ? { op: 'compare' as const, asOf: day, base: active, draft: { ...ruleSet, id, sha256: sha, body: draft } }
    : null;
  const run = useChronicRun<CompareResponse>(req, [req ? `${day}|${active.sha256}|${sha}` : '']);

  const save = async (): Promise<void> => {
    setSaving(true);
    try {
      const v = await saveChronicRuleSet(id.trim() || ruleSet.id, draft);
      setRuleRef({ id: v.id, version: v.version });
      void message.success(t('chronic.thr.saved', { id: v.id, version: v.version }));
      onSaved();
    } catch (e) {
      void message.error(t('chronic.thr.saveFailed', { error: e instanceof Error ? e.message : String(e) }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <RuleVersionHeader ruleSet={ruleSet} canEdit={canEdit} />
      <Row gutter={[12, 12]}>
        {RULE_KEYS.map((rule) => (
          <Col xs={24} lg={12} xxl={8} key={rule}>
            <Card size="small" title={t(`chronic.thr.${rule}` as MessageKey)} data-testid={`thr-${rule}`}
              extra={<Checkbox checked={draft[rule].enabled} onChange={(e) => set(rule, { enabled: e.target.checked })} aria-label={`${rule} ${t('chronic.thr.enabled')}`}>{t('chronic.thr.enabled')}</Checkbox>}>
              <Space orientation="vertical" style={{ width: '100%' }}>
                {FIELDS[rule].map(({ field, min, step }) => {
                  const label = t(`chronic.thr.${field}` as MessageKey);
                  return (
                    <Space key={field} style={{ justifyContent: 'space-between', width: '100%' }}>
                      <span>{label}</span>
                      <InputNumber min={min} step={step ?? 1} style={{ width: 110 }} disabled={!draft[rule].enabled}
                        value={(draft[rule] as unknown as Record<string, number>)[field]} aria-label={`${rule.toUpperCase()} ${label}`} data-testid={`thr-${rule}-${field}`}
                        onChange={(v) => set(rule, { [field]: v ?? Number.NaN } as Partial<ChronicRuleBody[typeof rule]>)} />
                    </Space>
                  );
                })}
                {rule === 'r4' && (
                  <Checkbox checked={draft.r4.pingPong} disabled={!draft.r4.enabled} onChange={(e) => set('r4', { pingPong: e.target.checked })}>{t('chronic.thr.pingPong')}</Checkbox>
                )}
              </Space>
            </Card>
          </Col>
        ))}
      </Row>
      <RuleEditorActions errors={errors} previewLabel={t('chronic.thr.preview')} canPreview={!!day} onPreview={() => setPreview(true)}
        id={id} onId={setId} canEdit={canEdit} changed={changed} saving={saving} onSave={() => void save()}
        onDiscard={() => { setDraft(structuredClone(ruleSet.body)); setPreview(false); }} />
      {!day && meta && <Alert style={{ marginTop: 12 }} type="warning" message={t('chronic.thr.noData')} />}
      {preview && run.loading && <div style={{ marginTop: 12 }}><ComputingState what={t('chronic.thr.previewing')} since={run.startedAt} tickets={run.tickets} progress={run.progress} /></div>}
      {preview && run.error && <Alert style={{ marginTop: 12 }} type="error" message={t('chronic.thr.previewFailed', { error: run.error })} />}
      {preview && run.data && !run.loading && <PreviewTable data={run.data} />}
    </>
  );
}

/** Detections per rule under the current and the edited thresholds: how many appear or vanish. */
function PreviewTable({ data }: { data: CompareResponse }) {
  const t = useT();
  const fmt = useFormat();
  const same = data.rules.every((r) => r.gained === 0 && r.lost === 0);
  return (
    <div style={{ marginTop: 12 }} data-testid="threshold-preview">
      <div style={{ marginBottom: 6 }}>
        <b>{t('chronic.thr.previewTitle', { asOf: dayText(data.asOf, fmt), visible: fmt.number(data.visible) })}</b>
        {same && <Tag style={{ marginLeft: 8 }} data-testid="threshold-no-change">{t('chronic.thr.noChange')}</Tag>}
      </div>
      <Table<RuleChange> size="small" rowKey="rule" pagination={false} dataSource={data.rules}
        rowClassName={(r) => (r.gained || r.lost ? 'threshold-changed' : '')}
        columns={[
          { title: t('chronic.thr.col.rule'), dataIndex: 'rule', width: 240, render: (r: ChronicRuleId) => `${r} ${ruleName(r, t)}` },
          { title: t('chronic.thr.col.before'), dataIndex: 'before', width: 90, render: (n: number) => fmt.number(n) },
          { title: t('chronic.thr.col.after'), dataIndex: 'after', width: 90, render: (n: number) => fmt.number(n) },
          { title: t('chronic.thr.col.gained'), dataIndex: 'gained', width: 90, render: (n: number) => (n ? <Tag color="green" data-testid="thr-gained">+{fmt.number(n)}</Tag> : 0) },
          { title: t('chronic.thr.col.lost'), dataIndex: 'lost', width: 100, render: (n: number) => (n ? <Tag color="red" data-testid="thr-lost">−{fmt.number(n)}</Tag> : 0) },
          {
            title: t('chronic.thr.col.samples'), key: 's', ellipsis: true,
            render: (_, r) => [...r.gainedSamples.map((k) => `+ ${k}`), ...r.lostSamples.map((k) => `− ${k}`)].slice(0, 3).join(t('chronic.review.noteSep')),
          },
        ]} />
    </div>
  );
}

/** Every stored version: which one detections use, and a way to use or edit from any of them. */
function VersionList({ sets, active, editing, onEdit }: { sets: ChronicRuleSet[]; active: ChronicRuleSet; editing: ChronicRuleSet; onEdit(r: ChronicRuleSet): void }) {
  const t = useT();
  const fmt = useFormat();
  const setRuleRef = useChronicStore((s) => s.setRuleRef);
  const same = (a: ChronicRuleSet, b: ChronicRuleSet): boolean => a.id === b.id && a.version === b.version;
  return (
    <Card size="small" title={t('chronic.thr.versions')} style={{ marginTop: 16 }}>
      <Table<ChronicRuleSet> size="small" pagination={false} rowKey={(r) => `${r.id}@${r.version}`} dataSource={sets} data-testid="threshold-versions"
        columns={[
          { title: t('chronic.thr.col.id'), dataIndex: 'id' },
          { title: t('chronic.thr.col.version'), dataIndex: 'version', width: 90, render: (v: number) => <span data-testid="threshold-version">{v}</span> },
          { title: t('chronic.thr.col.createdAt'), dataIndex: 'createdAt', width: 200, render: (at: number) => (at === 0 ? t('chronic.thr.builtIn') : fmt.dateTime(at)) },
          { title: 'sha256', dataIndex: 'sha256', width: 140, render: (s: string) => <code>{s.slice(0, 12)}</code> },
          {
            key: 'a', width: 330, render: (_, r) => (
              <Space>
                {same(r, active) ? <Tag color="blue">{t('chronic.thr.inUse')}</Tag>
                  : <Button size="small" onClick={() => setRuleRef(r.id === CHRONIC_V1.id && r.version === 1 ? null : { id: r.id, version: r.version })}>{t('chronic.thr.use')}</Button>}
                {same(r, editing) ? <Tag>{t('chronic.thr.editing')}</Tag> : <Button size="small" onClick={() => onEdit(r)}>{t('chronic.thr.edit')}</Button>}
              </Space>
            ),
          },
        ]} />
    </Card>
  );
}
