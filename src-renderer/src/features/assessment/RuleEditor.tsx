import { useMemo, useState } from 'react';
import { Alert, App, Card, Checkbox, Col, Input, InputNumber, Row, Select, Space, Table, Tag } from 'antd';
import type { GroupResult } from '@core/assess/compute';
import { LOWER_IS_BETTER, RATE_NAMES, type RateName } from '@core/assess/rates';
import { RANKABLE, validateRuleMessages, type AssessRules, type AssessRuleSet, type ScoreTerm } from '@core/assess/rules';
import { canonicalJson, sha256Hex } from '@core/base/rules/versioned';
import { SATISFACTIONS, UNIT_TYPES, type Satisfaction } from '@core/data/tickets/ticket';
import { useCan } from '@renderer/app/session';
import { useT } from '@renderer/i18n';
import { useCoreText } from '@renderer/i18n/core-text';
import { partsKey, type AssessBase, type RankResponse } from '@renderer/engine/computations/assess';
import { saveRuleSet } from './assessment-db';
import { useAssessStore } from './assessment-store';
import { score } from './format';
import { RuleEditorActions, RuleVersionHeader } from './RuleEditorParts';
import { groupKeyLabel, rateLabel } from './labels';
import { useAssessRun } from './use-assess';

type Props = { ruleSet: AssessRuleSet; base: AssessBase | null; current: RankResponse | undefined; storeVersion: unknown };


/** Tier name of each unit type, from the rule's tiers. */
function tierNames(rules: AssessRules): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of rules.unitTiers) for (const ty of t.types) out[ty] = t.name;
  return out;
}

/** 规则编辑: edit a copy of the rules, validate as you type, preview the ranking, save as a new version. */
export function RuleEditor({ ruleSet, base, current, storeVersion }: Props) {
  const { message } = App.useApp();
  const t = useT();
  const canEdit = useCan('editRules');
  const setStore = useAssessStore((s) => s.set);
  const [draft, setDraft] = useState<AssessRules>(() => structuredClone(ruleSet.body));
  const [id, setId] = useState(ruleSet.id);
  const [preview, setPreview] = useState(false);
  const [saving, setSaving] = useState(false);
  const core = useCoreText();
  const errors = useMemo(() => validateRuleMessages(draft).map(core), [draft, core]);
  const changed = sha256Hex(canonicalJson(draft)) !== ruleSet.sha256;
  const weights = new Map(draft.score.terms.map((t) => [t.rate, t]));
  const sum = draft.score.terms.reduce((s, t) => s + (Number.isFinite(t.weight) ? t.weight : 0), 0);
  const tiers = tierNames(draft);

  const patch = (p: Partial<AssessRules>): void => { setDraft((d) => ({ ...d, ...p })); setPreview(false); };
  const setTerm = (rate: RateName, t: Partial<ScoreTerm> | null): void => {
    const terms = RATE_NAMES.flatMap((r): ScoreTerm[] => {
      const cur = weights.get(r);
      if (r !== rate) return cur ? [cur] : [];
      if (t === null) return [];
      const next = { rate: r, weight: cur?.weight ?? 0, ...(cur?.invert ? { invert: true } : {}), ...t };
      if (!next.invert) delete (next as { invert?: boolean }).invert;
      return [next];
    });
    patch({ score: { ...draft.score, terms } });
  };
  const setTier = (type: string, name: string): void => {
    const names = { ...tiers, [type]: name.trim() || type };
    const order: string[] = [];
    for (const ty of UNIT_TYPES) if (!order.includes(names[ty]!)) order.push(names[ty]!);
    patch({ unitTiers: order.map((n) => ({ name: n, types: UNIT_TYPES.filter((ty) => names[ty] === n) })) });
  };

  const previewReq = preview && errors.length === 0 && base
    ? { op: 'rank' as const, ...base, ruleSet: { ...ruleSet, id: `${id}（预览）`, sha256: '', body: draft } }
    : null;
  const pv = useAssessRun<RankResponse>(previewReq, storeVersion);
  const now = new Map(current?.result.groups.map((g) => [partsKey(g.parts), g]) ?? []);

  const save = async (): Promise<void> => {
    setSaving(true);
    try {
      const v = await saveRuleSet(id.trim() || ruleSet.id, draft);
      setStore({ ruleRef: { id: v.id, version: v.version } });
      void message.success(t('assess.rule.saved', { id: v.id, version: v.version }));
    } catch (e) {
      void message.error(t('assess.rule.saveFailed', { error: e instanceof Error ? e.message : String(e) }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div data-testid="rule-editor">
      <RuleVersionHeader ruleSet={ruleSet} canEdit={canEdit} />
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('assess.rule.scoreCard')}>
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Space>{t('assess.rule.name')} <Input value={draft.name} onChange={(e) => patch({ name: e.target.value })} style={{ width: 280 }} aria-label={t('assess.rule.name')} /></Space>
              <Space>{t('assess.rule.scale')} <InputNumber min={1} value={draft.score.scale} onChange={(v) => patch({ score: { ...draft.score, scale: v ?? 0 } })} /></Space>
              <Table<{ rate: RateName }>
                size="small" pagination={false} rowKey="rate" dataSource={RATE_NAMES.map((rate) => ({ rate }))}
                columns={[
                  { title: t('assess.rule.indicator'), key: 'r', render: (_, { rate }) => rateLabel(rate, t) },
                  {
                    title: t('assess.rule.weight'), key: 'w', width: 120,
                    render: (_, { rate }) => (
                      <InputNumber aria-label={t('assess.rule.weightAria', { rate: rateLabel(rate, t) })} min={0} max={1} step={0.05} value={weights.get(rate)?.weight ?? 0}
                        onChange={(v) => setTerm(rate, v ? { weight: v } : null)} />
                    ),
                  },
                  {
                    title: t('assess.rule.invert'), key: 'i', width: 120,
                    render: (_, { rate }) => (
                      <Checkbox disabled={!weights.has(rate)} checked={!!weights.get(rate)?.invert} onChange={(e) => setTerm(rate, { invert: e.target.checked })}>
                        {LOWER_IS_BETTER.has(rate) ? t('assess.rule.lowerBetter') : ''}
                      </Checkbox>
                    ),
                  },
                  {
                    title: t('assess.rule.basis'), key: 'b', width: 130,
                    render: (_, { rate }) => (
                      <Select size="small" value={draft.bases[rate]} style={{ width: 110 }}
                        options={[{ value: 'evaluated', label: t('assess.rule.basisEvaluated') }, { value: 'dispatched', label: t('assess.rule.basisDispatched') }]}
                        onChange={(v) => patch({ bases: { ...draft.bases, [rate]: v } })} />
                    ),
                  },
                ]}
              />
              <span style={{ color: Math.abs(sum - 1) > 1e-9 ? '#cf1322' : undefined }}>{t('assess.rule.weightSum', { sum: Math.round(sum * 1000) / 1000 })}</span>
            </Space>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('assess.rule.rankingCard')}>
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Space>{t('assess.rule.minSample')} <InputNumber min={0} value={draft.minEvaluated} onChange={(v) => patch({ minEvaluated: v ?? 0 })} aria-label={t('assess.rule.minSampleAria')} /></Space>
              <Space>{t('assess.rule.recurrenceDays')} <InputNumber min={1} value={draft.recurrenceDays} onChange={(v) => patch({ recurrenceDays: v ?? 0 })} /></Space>
              <Space>{t('assess.rule.listSize')} <InputNumber min={0} value={draft.listSize} onChange={(v) => patch({ listSize: v ?? 0 })} /></Space>
              <Space wrap>{t('assess.rule.satisfied')}
                <Checkbox.Group options={[...SATISFACTIONS]} value={draft.satisfiedValues} onChange={(v) => patch({ satisfiedValues: v as Satisfaction[] })} />
              </Space>
              <Space wrap>{t('assess.rule.rankedGroupings')}
                <Checkbox.Group options={RANKABLE.map((k) => ({ value: k, label: groupKeyLabel(k, t) }))} value={draft.rankedGroupings}
                  onChange={(v) => patch({ rankedGroupings: v as AssessRules['rankedGroupings'] })} />
              </Space>
              <Space wrap>{t('assess.rule.indicators')}
                <Checkbox.Group options={RATE_NAMES.map((r) => ({ value: r, label: rateLabel(r, t) }))} value={draft.indicators}
                  onChange={(v) => patch({ indicators: RATE_NAMES.filter((r) => (v as string[]).includes(r)) })} />
              </Space>
              <div>{t('assess.rule.tiers')}</div>
              <Space wrap>
                {UNIT_TYPES.map((ty) => (
                  <Space key={ty} size={4}>{ty} → <Input size="small" style={{ width: 90 }} value={tiers[ty] ?? ''} onChange={(e) => setTier(ty, e.target.value)} aria-label={t('assess.rule.tierAria', { type: ty })} /></Space>
                ))}
              </Space>
            </Space>
          </Card>
        </Col>
      </Row>
      <RuleEditorActions errors={errors} previewLabel={t('assess.rule.preview')} canPreview={!!base} onPreview={() => setPreview(true)}
        id={id} onId={setId} canEdit={canEdit} changed={changed} saving={saving} onSave={() => void save()}
        onDiscard={() => { setDraft(structuredClone(ruleSet.body)); setPreview(false); }} />
      {preview && pv.error ? <Alert type="error" title={pv.error} style={{ marginTop: 12 }} /> : null}
      {preview && pv.data ? (
        <Table<GroupResult>
          style={{ marginTop: 12 }} size="small" rowKey={(g) => partsKey(g.parts)} pagination={{ pageSize: 20 }}
          data-testid="rule-preview-table" dataSource={pv.data.result.groups}
          columns={[
            { title: t('assess.rule.previewRank'), key: 'r', width: 90, render: (_, g) => (g.insufficient ? <Tag>{t('assess.grid.insufficient')}</Tag> : g.rank) },
            { title: t('assess.rule.currentRank'), key: 'c', width: 90, render: (_, g) => { const c = now.get(partsKey(g.parts)); return c?.insufficient ? t('assess.grid.insufficient') : c?.rank ?? '—'; } },
            { title: t('assess.rule.group'), key: 'k', render: (_, g) => g.parts.join(' · ') || t('assess.blank') },
            { title: t('assess.rule.tier'), key: 't', render: (_, g) => g.ranking ?? '—' },
            { title: t('assess.rule.previewScore'), key: 's', render: (_, g) => score(g.score) },
            { title: t('assess.rule.currentScore'), key: 'cs', render: (_, g) => score(now.get(partsKey(g.parts))?.score) },
          ]}
        />
      ) : null}
    </div>
  );
}
