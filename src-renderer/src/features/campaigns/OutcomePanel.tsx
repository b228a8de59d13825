import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Form, Input, InputNumber, Skeleton, Space, Statistic, Typography } from 'antd';
import type { Campaign, CampaignProblem, ProblemEvaluation } from '@core/campaigns/campaign';
import { recordEvaluation } from '@core/campaigns/campaign-ops';
import { DEFAULT_WINDOW_MONTHS, type OutcomeFigure } from '@core/campaigns/outcome';
import { getEngine } from '@renderer/engine/client';
import type { OutcomeResponse } from '@renderer/engine/computations/campaign';
import { useFormat, useLocale, useT, type Formatters } from '@renderer/i18n';
import { saveCampaignChange } from './campaign-repo';
import { useCampaignUi } from './campaign-store';
import { causeSentence, figureLabel } from './cause-text';
import { Chart } from './Chart';
import { outcomeOption } from './outcome-option';
import { punct } from './locale-text';
import { useCampaignRun } from './use-campaign';

const COUNTS = ['before', 'after', 'beforeLastYear', 'afterLastYear'] as const;

/** A figure as shown: counts as integers, change and effect as percentages, the interval as two. */
export function showFigure(f: Formatters, figure: OutcomeFigure, v: number | [number, number] | null): string {
  if (v === null) return '—';
  if (Array.isArray(v)) return `${f.percent(v[0], 1)} ~ ${f.percent(v[1], 1)}`;
  return figure === 'change' || figure === 'effect' ? f.percent(v, 1) : f.number(v);
}

/** One problem's §8 outcome (engine op `outcome`, the CLI's JSON): figures, reasons for nulls, the monthly chart. */
function ProblemOutcome({ c, p, k }: { c: Campaign; p: CampaignProblem; k: number }) {
  const t = useT();
  const f = useFormat();
  const locale = useLocale();
  const key = `${JSON.stringify(p.selector)}:${c.from}:${c.to}:${k}`;
  const run = useCampaignRun<OutcomeResponse>({ op: 'outcome', selector: p.selector, from: c.from, to: c.to, windowMonths: k }, key);
  const o = run.data;
  const option = useMemo(() => (o ? outcomeOption(o, { count: t('cmp.out.count'), lastYear: t('cmp.out.lastYear'), campaign: t('cmp.out.campaign'), before: t('cmp.fig.before'), after: t('cmp.fig.after') }) : null), [o, t]);
  if (run.error) return <Alert type="error" showIcon title={t('cmp.out.failed', { message: run.error })} />;
  if (!o) return <Skeleton active />;
  const out = o.outcome;
  const effectGood = out.effectCi !== null && out.effectCi[1] < 0;
  return (
    <Card size="small" title={p.title} data-testid="outcome-problem" data-problem={p.id} style={{ marginBottom: 12 }}>
      <Space wrap size={24} style={{ marginBottom: 8 }}>
        {COUNTS.map((fig) => (
          <Statistic key={fig} title={<span>{figureLabel(fig, t)} <Typography.Text type="secondary" style={{ fontSize: 11 }}>{windowText(o, fig)}</Typography.Text></span>}
            value={showFigure(f, fig, out[fig])} data-testid={`outcome-${fig}`} data-value={JSON.stringify(out[fig])} />
        ))}
        <Statistic title={figureLabel('change', t)} value={showFigure(f, 'change', out.change)} data-testid="outcome-change" data-value={JSON.stringify(out.change)} />
        <Statistic title={figureLabel('effect', t)} value={showFigure(f, 'effect', out.effect)} data-testid="outcome-effect" data-value={JSON.stringify(out.effect)}
          styles={{ content: { color: effectGood ? '#389e0d' : undefined } }} />
        <Statistic title={figureLabel('effectCi', t)} value={showFigure(f, 'effectCi', out.effectCi)} data-testid="outcome-effectCi" data-value={JSON.stringify(out.effectCi)} />
      </Space>
      <Typography.Paragraph data-testid="outcome-verdict">
        {out.effectCi === null ? t('cmp.out.verdictNone') : effectGood ? t('cmp.out.verdictDown') : out.effectCi[0] > 0 ? t('cmp.out.verdictUp') : t('cmp.out.verdictUnclear')}
      </Typography.Paragraph>
      {o.causes.length > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={t('cmp.out.nulls')} data-testid="outcome-nulls"
          description={<ul style={{ margin: 0, paddingLeft: 18 }}>{o.causes.map((x) => <li key={x.figure} data-testid="outcome-null-reason" data-figure={x.figure}>{causeSentence(x, locale, t)}</li>)}</ul>} />
      )}
      {o.warnings.map((w) => <Alert key={w.value} type="warning" showIcon style={{ marginBottom: 8 }} title={t(`cmp.warn.${w.field}`, { value: w.value })} />)}
      {option && <Chart option={option} height={240} testId="outcome-chart" />}
    </Card>
  );
}

function windowText(o: OutcomeResponse, fig: (typeof COUNTS)[number]): string {
  const ms = o.windows[fig];
  return ms.length ? `${ms[0]}~${ms[ms.length - 1]}` : '';
}

/** The evaluation recorded at 评估 (frozen figures per problem, the conclusion, who and when). */
function RecordedEvaluation({ c }: { c: Campaign }) {
  const t = useT();
  const f = useFormat();
  const pu = punct(useLocale());
  const e = c.evaluation!;
  return (
    <Card size="small" title={t('cmp.eval.recorded')} data-testid="evaluation-recorded" style={{ marginBottom: 12 }}>
      <Descriptions size="small" column={2} items={[
        { key: 'at', label: t('cmp.eval.at'), children: `${f.dateTime(e.at)} · ${e.by}` },
        { key: 'k', label: t('cmp.out.window'), children: t('cmp.out.months', { n: e.windowMonths }) },
        ...e.problems.map((p) => ({
          key: p.problemId, label: c.problems.find((x) => x.id === p.problemId)?.title ?? p.problemId,
          children: `${figureLabel('before', t)} ${showFigure(f, 'before', p.before)} → ${figureLabel('after', t)} ${showFigure(f, 'after', p.after)}${pu.semi}${figureLabel('effect', t)} ${showFigure(f, 'effect', p.effect)}${pu.paren(showFigure(f, 'effectCi', p.effectCi))}`,
        })),
        { key: 'c', label: t('cmp.eval.conclusion'), children: e.conclusion, span: 2 },
        { key: 'h', label: t('cmp.eval.input'), children: <Typography.Text code>{e.inputSha256.slice(0, 16)}…</Typography.Text>, span: 2 },
      ]} />
    </Card>
  );
}

/** Records the evaluation at 评估: the current figures of every problem with the conclusion. */
function EvaluationForm({ c, k }: { c: Campaign; k: number }) {
  const t = useT();
  const { message } = App.useApp();
  const me = useCampaignUi((s) => s.me);
  const [conclusion, setConclusion] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const engine = getEngine();
      const problems: ProblemEvaluation[] = [];
      for (const p of c.problems) {
        const o = (await engine.run<OutcomeResponse>('campaign', { op: 'outcome', selector: p.selector, from: c.from, to: c.to, windowMonths: k })).outcome;
        problems.push({ problemId: p.id, before: o.before, after: o.after, change: o.change, effect: o.effect, effectCi: o.effectCi, nullReasons: o.nullReasons as Record<string, string> });
      }
      const inputSha256 = await engine.run<string>('campaign', { op: 'inputSha256' });
      await saveCampaignChange(recordEvaluation(c, { windowMonths: k, inputSha256, problems, conclusion }, { by: me || t('cmp.defaultActor'), now: Date.now() }));
      message.success(t('cmp.eval.saved'));
    } catch (e) { setError(e instanceof Error ? e.message : String(e)); } finally { setBusy(false); }
  };
  return (
    <Card size="small" title={t('cmp.eval.title')} data-testid="evaluation-form" style={{ marginBottom: 12 }}>
      <Typography.Paragraph type="secondary">{t('cmp.eval.hint')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('cmp.eval.conclusion')} required>
          <Input.TextArea rows={3} value={conclusion} onChange={(e) => setConclusion(e.target.value)} placeholder={t('cmp.eval.conclusionHint')} data-testid="evaluation-conclusion" />
        </Form.Item>
        <Button type="primary" loading={busy} onClick={() => void save()} data-testid="evaluation-save">{c.evaluation ? t('cmp.eval.replace') : t('cmp.eval.save')}</Button>
      </Form>
      {error && <Alert type="error" showIcon style={{ marginTop: 8 }} title={error} data-testid="evaluation-error" />}
    </Card>
  );
}

/** 成效评估: each problem's before/after figures, the seasonally adjusted effect and its interval, and the recorded evaluation. */
export function OutcomePanel({ c }: { c: Campaign }) {
  const t = useT();
  const [k, setK] = useState<number>(c.evaluation?.windowMonths ?? DEFAULT_WINDOW_MONTHS);
  useEffect(() => { if (c.evaluation) setK(c.evaluation.windowMonths); }, [c.evaluation]);
  if (c.problems.length === 0) return <Alert type="info" showIcon title={t('cmp.out.noProblems')} />;
  return (
    <div data-testid="outcome-panel">
      <Space style={{ marginBottom: 8 }} wrap>
        <span>{t('cmp.out.window')}</span>
        <InputNumber min={1} max={12} value={k} onChange={(v) => setK(Math.max(1, Math.min(12, Math.round(Number(v) || DEFAULT_WINDOW_MONTHS))))} data-testid="outcome-window" />
        <Typography.Text type="secondary">{t('cmp.out.explain')}</Typography.Text>
      </Space>
      {c.evaluation && <RecordedEvaluation c={c} />}
      {c.status === '评估' && <EvaluationForm c={c} k={k} />}
      {c.problems.map((p) => <ProblemOutcome key={p.id} c={c} p={p} k={k} />)}
    </div>
  );
}
