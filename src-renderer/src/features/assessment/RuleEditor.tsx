import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Col, Input, InputNumber, Row, Select, Space, Table, Tag } from 'antd';
import type { GroupResult } from '@core/assess/compute';
import { LOWER_IS_BETTER, RATE_LABELS, RATE_NAMES, type RateName } from '@core/assess/rates';
import { RANKABLE, validateRules, type AssessRules, type AssessRuleSet, type ScoreTerm } from '@core/assess/rules';
import { canonicalJson, sha256Hex } from '@core/rules/versioned';
import { SATISFACTIONS, UNIT_TYPES, type Satisfaction } from '@core/tickets/ticket';
import { useCan } from '@renderer/app/session';
import { partsKey, type AssessBase, type RankResponse } from '@renderer/engine/computations/assess';
import { saveRuleSet } from './assessment-db';
import { useAssessStore } from './assessment-store';
import { score } from './format';
import { useAssessRun } from './use-assess';

type Props = { ruleSet: AssessRuleSet; base: AssessBase | null; current: RankResponse | undefined; storeVersion: unknown };

const RANKABLE_LABELS: Record<string, string> = { unit: '承办单位', district: '区', street: '街道' };

/** Tier name of each unit type, from the rule's tiers. */
function tierNames(rules: AssessRules): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of rules.unitTiers) for (const ty of t.types) out[ty] = t.name;
  return out;
}

/** 规则编辑: edit a copy of the rules, validate as you type, preview the ranking, save as a new version. */
export function RuleEditor({ ruleSet, base, current, storeVersion }: Props) {
  const { message } = App.useApp();
  const canEdit = useCan('editRules');
  const setStore = useAssessStore((s) => s.set);
  const [draft, setDraft] = useState<AssessRules>(() => structuredClone(ruleSet.body));
  const [id, setId] = useState(ruleSet.id);
  const [preview, setPreview] = useState(false);
  const [saving, setSaving] = useState(false);
  const errors = useMemo(() => validateRules(draft), [draft]);
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
      void message.success(`已保存为规则集 ${v.id} 第 ${v.version} 版，旧版本保持不变`);
    } catch (e) {
      void message.error(`保存失败：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div data-testid="rule-editor">
      <Space style={{ marginBottom: 12 }} wrap>
        <span>正在编辑：<b>{ruleSet.id}</b> 第 {ruleSet.version} 版</span>
        <Tag>sha256 {ruleSet.sha256.slice(0, 12)}…</Tag>
        {!canEdit ? <Tag color="orange">当前角色只能预览，保存需要管理员</Tag> : null}
      </Space>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={12}>
          <Card size="small" title="综合得分">
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Space>规则名称 <Input value={draft.name} onChange={(e) => patch({ name: e.target.value })} style={{ width: 280 }} aria-label="规则名称" /></Space>
              <Space>满分 <InputNumber min={1} value={draft.score.scale} onChange={(v) => patch({ score: { ...draft.score, scale: v ?? 0 } })} /></Space>
              <Table<{ rate: RateName }>
                size="small" pagination={false} rowKey="rate" dataSource={RATE_NAMES.map((rate) => ({ rate }))}
                columns={[
                  { title: '指标', key: 'r', render: (_, { rate }) => RATE_LABELS[rate] },
                  {
                    title: '权重', key: 'w', width: 120,
                    render: (_, { rate }) => (
                      <InputNumber aria-label={`${RATE_LABELS[rate]}权重`} min={0} max={1} step={0.05} value={weights.get(rate)?.weight ?? 0}
                        onChange={(v) => setTerm(rate, v ? { weight: v } : null)} />
                    ),
                  },
                  {
                    title: '取反（1 − 率）', key: 'i', width: 120,
                    render: (_, { rate }) => (
                      <Checkbox disabled={!weights.has(rate)} checked={!!weights.get(rate)?.invert} onChange={(e) => setTerm(rate, { invert: e.target.checked })}>
                        {LOWER_IS_BETTER.has(rate) ? '越低越好' : ''}
                      </Checkbox>
                    ),
                  },
                  {
                    title: '口径', key: 'b', width: 130,
                    render: (_, { rate }) => (
                      <Select size="small" value={draft.bases[rate]} style={{ width: 110 }}
                        options={[{ value: 'evaluated', label: '参评工单' }, { value: 'dispatched', label: '全部派单' }]}
                        onChange={(v) => patch({ bases: { ...draft.bases, [rate]: v } })} />
                    ),
                  },
                ]}
              />
              <span style={{ color: Math.abs(sum - 1) > 1e-9 ? '#cf1322' : undefined }}>权重合计 {Math.round(sum * 1000) / 1000}（须为 1）</span>
            </Space>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title="口径与排名">
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Space>最小样本量（参评工单） <InputNumber min={0} value={draft.minEvaluated} onChange={(v) => patch({ minEvaluated: v ?? 0 })} aria-label="最小样本量" /></Space>
              <Space>复发观察天数 <InputNumber min={1} value={draft.recurrenceDays} onChange={(v) => patch({ recurrenceDays: v ?? 0 })} /></Space>
              <Space>红黑榜人数 <InputNumber min={0} value={draft.listSize} onChange={(v) => patch({ listSize: v ?? 0 })} /></Space>
              <Space wrap>计为满意：
                <Checkbox.Group options={[...SATISFACTIONS]} value={draft.satisfiedValues} onChange={(v) => patch({ satisfiedValues: v as Satisfaction[] })} />
              </Space>
              <Space wrap>参与排名的分组：
                <Checkbox.Group options={RANKABLE.map((k) => ({ value: k, label: RANKABLE_LABELS[k]! }))} value={draft.rankedGroupings}
                  onChange={(v) => patch({ rankedGroupings: v as AssessRules['rankedGroupings'] })} />
              </Space>
              <Space wrap>显示的指标：
                <Checkbox.Group options={RATE_NAMES.map((r) => ({ value: r, label: RATE_LABELS[r] }))} value={draft.indicators}
                  onChange={(v) => patch({ indicators: RATE_NAMES.filter((r) => (v as string[]).includes(r)) })} />
              </Space>
              <div>单位分档（同名的类型在同一档内排名）：</div>
              <Space wrap>
                {UNIT_TYPES.map((ty) => (
                  <Space key={ty} size={4}>{ty} → <Input size="small" style={{ width: 90 }} value={tiers[ty] ?? ''} onChange={(e) => setTier(ty, e.target.value)} aria-label={`${ty}分档`} /></Space>
                ))}
              </Space>
            </Space>
          </Card>
        </Col>
      </Row>
      {errors.length > 0 ? (
        <Alert style={{ marginTop: 12 }} type="error" data-testid="rule-errors" title="规则有误，改正后才能预览和保存"
          description={<ul style={{ margin: 0, paddingLeft: 18 }}>{errors.map((e) => <li key={e}>{e}</li>)}</ul>} />
      ) : null}
      <Space style={{ marginTop: 12 }} wrap>
        <Button onClick={() => setPreview(true)} disabled={errors.length > 0 || !base} data-testid="rule-preview">预览排名</Button>
        <Space size={4}>保存为规则集 <Input value={id} onChange={(e) => setId(e.target.value)} style={{ width: 160 }} aria-label="规则集编号" /></Space>
        <Button type="primary" onClick={() => void save()} loading={saving} disabled={!canEdit || errors.length > 0 || !changed} data-testid="rule-save">保存为新版本</Button>
        <Button onClick={() => { setDraft(structuredClone(ruleSet.body)); setPreview(false); }} disabled={!changed}>放弃修改</Button>
      </Space>
      {preview && pv.error ? <Alert type="error" title={pv.error} style={{ marginTop: 12 }} /> : null}
      {preview && pv.data ? (
        <Table<GroupResult>
          style={{ marginTop: 12 }} size="small" rowKey={(g) => partsKey(g.parts)} pagination={{ pageSize: 20 }}
          data-testid="rule-preview-table" dataSource={pv.data.result.groups}
          columns={[
            { title: '预览排名', key: 'r', width: 90, render: (_, g) => (g.insufficient ? <Tag>样本不足</Tag> : g.rank) },
            { title: '现行排名', key: 'c', width: 90, render: (_, g) => { const c = now.get(partsKey(g.parts)); return c?.insufficient ? '样本不足' : c?.rank ?? '—'; } },
            { title: '分组', key: 'k', render: (_, g) => g.parts.join(' · ') || '（空）' },
            { title: '分档', key: 't', render: (_, g) => g.ranking ?? '—' },
            { title: '预览得分', key: 's', render: (_, g) => score(g.score) },
            { title: '现行得分', key: 'cs', render: (_, g) => score(now.get(partsKey(g.parts))?.score) },
          ]}
        />
      ) : null}
    </div>
  );
}
