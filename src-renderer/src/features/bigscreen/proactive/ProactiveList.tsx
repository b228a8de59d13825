import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Empty, Space, Spin, Table, Tag, Typography } from 'antd';
import type { Surge } from '@core/forecast/surges';
import { useT } from '@renderer/i18n';
import { useThemeMode } from '@renderer/theme';
import { OpenCaseModal, type CaseDraft } from '@renderer/features/chronic/OpenCaseModal';
import { campaignDraftHash } from '@renderer/features/campaigns/draft-link';
import { BoardChart } from '../boards/BoardChart';
import { leaf, methodName, pct, riseText, signed } from '../boards/format';
import { surgeChartOption } from '../screens/ProactiveScreen';
import { StageContext } from '../stage/stage-context';
import { recordProactive, useProactiveActions } from './proactive-db';
import { actionKey, useActionOutcomes } from './use-outcomes';
import { useSurges } from './use-surges';

function SurgeCard({ s }: { s: Surge }) {
  const t = useT();
  const mode = useThemeMode();
  const { message } = App.useApp();
  const [draft, setDraft] = useState<CaseDraft | null>(null);
  const option = useMemo(() => surgeChartOption(s, mode, { history: t('bigscreen.surges.history'), forecast: t('bigscreen.surges.forecast') }, 12), [s, mode, t]);
  const name = `${leaf(s.key.category2)} · ${s.key.district}`;
  const openCampaign = async (): Promise<void> => {
    await recordProactive(s, 'campaign', '');
    message.info(t('bigscreen.proactive.campaignOpened'));
    window.location.hash = campaignDraftHash({
      theme: t('bigscreen.proactive.campaignTheme', { name, month: s.month }),
      problem: { name: s.key.category2, selector: { categories: [s.key.category2], districts: [s.key.district], streets: [], kinds: [], keywords: [] } },
      source: t('bigscreen.proactive.source', { month: s.month, forecast: Math.round(s.forecast) }),
    });
  };
  return (
    <Card size="small" data-testid="surge-card" title={<span>{s.month} · {name}</span>}
      extra={<Tag color="orange">{riseText(s.rise, t)}</Tag>}>
      <p className="bs-page-line">{t('bigscreen.proactive.line', { forecast: Math.round(s.forecast), low: Math.round(s.low), high: Math.round(s.high), recent: s.recent.toFixed(1) })}</p>
      <div style={{ height: 170, display: 'flex' }}><StageContext.Provider value={{ scale: 1, mode, minCount: 1 }}><BoardChart option={option} testId="surge-chart" /></StageContext.Provider></div>
      <Space style={{ marginTop: 8 }}>
        <Button size="small" type="primary" data-testid="surge-open-case" onClick={() => setDraft({
          title: t('bigscreen.proactive.caseTitle', { name, month: s.month }), category: s.key.category2, place: s.key.district, unit: '', tickets: [],
          source: { kind: 'manual', reason: t('bigscreen.proactive.source', { month: s.month, forecast: Math.round(s.forecast) }) },
        })}>{t('bigscreen.proactive.openCase')}</Button>
        <Button size="small" data-testid="surge-open-campaign" onClick={() => void openCampaign()}>{t('bigscreen.proactive.openCampaign')}</Button>
      </Space>
      <OpenCaseModal draft={draft} onClose={() => setDraft(null)} onOpened={(id) => recordProactive(s, 'case', id)} />
    </Card>
  );
}

/** What earlier 未诉先办 tasks changed: forecast then, the month's actual count now, the same month a year before. */
function PastActions({ dataTo, version }: { dataTo: number | null; version: string }) {
  const t = useT();
  const actions = useProactiveActions();
  const outcomes = useActionOutcomes(actions, dataTo, version);
  if (!actions || actions.length === 0) return <Empty description={t('bigscreen.proactive.noPast')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  const rows = actions.map((a, i) => ({ ...a, i, o: outcomes.get(actionKey(a)) }));
  return (
    <>
      <Table size="small" rowKey="i" pagination={false} dataSource={rows} data-testid="proactive-past" columns={[
        { title: t('bigscreen.proactive.col.what'), render: (_, r) => `${r.month} · ${leaf(r.category2)} · ${r.district}` },
        { title: t('bigscreen.proactive.col.task'), render: (_, r) => (r.kind === 'case' ? t('bigscreen.proactive.kind.case', { id: r.ref }) : t('bigscreen.proactive.kind.campaign')) },
        { title: t('bigscreen.proactive.col.forecast'), render: (_, r) => `${Math.round(r.forecast)}（${Math.round(r.low)}–${Math.round(r.high)}）` },
        { title: t('bigscreen.proactive.col.actual'), render: (_, r) => (r.o?.actual == null ? t('bigscreen.proactive.notYet') : String(r.o.actual)) },
        { title: t('bigscreen.proactive.col.lastYear'), render: (_, r) => (r.o?.lastYear == null ? '—' : String(r.o.lastYear)) },
        { title: t('bigscreen.proactive.col.vs'), render: (_, r) => (r.o?.actual == null ? '—' : signed((r.o.actual / Math.max(1, r.forecast) - 1) * 100, 0, '%')) },
      ]} />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>{t('bigscreen.proactive.pastNote')}</Typography.Paragraph>
    </>
  );
}

/** 未诉先办: the coming two months' expected surges with their history, how far to trust the forecast, and the tasks opened ahead. */
export function ProactiveList() {
  const t = useT();
  const s = useSurges();
  const version = s.stats ? `${s.stats.tickets}|${s.stats.lastImportAt}` : '';
  if (s.stats === null || (s.stats && !s.stats.tickets)) return <Empty description={t('bigscreen.empty.data')} />;
  if (s.error) return <Alert type="error" showIcon message={t('bigscreen.error', { message: s.error })} />;
  if (!s.data) return <div style={{ padding: 40, textAlign: 'center' }}><Spin description={t('bigscreen.proactive.computing')}><div style={{ height: 40 }} /></Spin></div>;
  const f = s.data;
  const beats = f.wape !== null && f.baselineWape !== null && f.wape < f.baselineWape;
  return (
    <div data-testid="proactive-list">
      <Alert type={beats ? 'info' : 'warning'} showIcon style={{ marginBottom: 12 }} data-testid="proactive-trust"
        message={t('bigscreen.surges.wape', { wape: pct(f.wape), baseline: pct(f.baselineWape) })}
        description={`${beats ? t('bigscreen.trust.beats') : t('bigscreen.trust.notBeats')} ${t('bigscreen.trust.method', { method: methodName(f.method, t) })}`} />
      {f.surges.length === 0 ? <Empty description={t('bigscreen.empty.surges')} /> : (
        <div className="bs-page-cards">{f.surges.map((x) => <SurgeCard key={`${x.key.category2}|${x.key.district}|${x.month}`} s={x} />)}</div>
      )}
      <Card size="small" title={t('bigscreen.proactive.past')} style={{ marginTop: 16 }}>
        <PastActions dataTo={s.stats?.to ?? null} version={version} />
      </Card>
    </div>
  );
}
