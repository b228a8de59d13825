import './assessment.css';
import { useCallback, useEffect, useMemo } from 'react';
import { Alert, App, Button, Card, Col, Empty, Row, Select, Skeleton, Space, Statistic, Tabs, Tag } from 'antd';
import { FileExcelOutlined, PrinterOutlined, TrophyOutlined } from '@ant-design/icons';
import { GROUP_KEYS, type GroupKey } from '@core/assess/dimensions';
import type { Measure } from '@core/assess/explain';
import { periodContaining, periodLabel } from '@core/assess/period';
import { epochToLocalParts } from '@core/base/time/shanghai';
import { PageHeader } from '@renderer/app/PageHeader';
import { useFormat, useT } from '@renderer/i18n';
import { navigate } from '@renderer/app/navigation';
import { useSession } from '@renderer/app/session';
import type { AssessBase, RankResponse } from '@renderer/engine/computations/assess';
import { platform } from '@renderer/platform';
import { useAssessStore, type AssessTab } from './assessment-store';
import { drillDown } from './drill';
import { groupKeyLabel, periodText, rateLabel } from './labels';
import { rankingXlsx } from './export-ranking';
import { ExemptionsPanel } from './ExemptionsPanel';
import { delta, pct, score } from './format';
import { PeriodPicker } from './PeriodPicker';
import { PrintView } from './PrintView';
import { RankingGrid } from './RankingGrid';
import { RedBlackLists } from './RedBlackLists';
import { RuleEditor } from './RuleEditor';
import { ServerAssessPanel } from './ServerAssessPanel';
import { SnapshotsPanel } from './SnapshotsPanel';
import { UnitDrawer } from './UnitDrawer';
import { useStoreStats } from '@renderer/app/use-store-stats';
import { useActiveRuleSet, useAssessBase, useAssessRun, useRuleSets } from './use-assess';

/** 考核: rankings of units, districts and streets under a versioned rule set, with drill-down. */
export function AssessmentPage() {
  const { message } = App.useApp();
  const t = useT();
  const fmt = useFormat();
  const { stats, error: engineError } = useStoreStats();
  const st = useAssessStore();
  const ruleSets = useRuleSets();
  const ruleSet = useActiveRuleSet();
  const base = useAssessBase();
  const office = useSession((s) => s.officeName);
  const storeVersion = stats ? `${stats.tickets}:${stats.lastImportAt ?? ''}` : '';

  // First visit: the latest month that has data.
  useEffect(() => {
    if (!st.period && stats?.to != null) st.set({ period: periodContaining(stats.to, 'month'), periodUnit: 'month' });
  }, [st, stats?.to]);

  const rank = useAssessRun<RankResponse>(base ? { op: 'rank', ...base } : null, storeVersion);
  const data = rank.data;

  const years = useMemo(() => {
    if (stats?.from == null || stats.to == null) return [];
    const a = epochToLocalParts(stats.from).y, b = epochToLocalParts(stats.to).y;
    return Array.from({ length: b - a + 2 }, (_, i) => a - 1 + i);
  }, [stats?.from, stats?.to]);

  const onDrill = useCallback((parts: string[], measure: Measure, side: 'numerator' | 'denominator') => {
    if (base) void drillDown(base, parts, measure, side);
  }, [base]);
  const onOpenUnit = useCallback((unit: string) => st.set({ drawerUnit: unit }), [st]);

  const exportXlsx = async (): Promise<void> => {
    if (!data || !base) return;
    try {
      const bytes = rankingXlsx(data, { ruleSet: `${ruleSet.id} v${ruleSet.version}`, exemptions: base.exemptIds.length });
      const r = await platform.saveFile(`考核排名-${periodLabel(base)}.xlsx`, bytes, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      if (r.saved) void message.success(r.path ? t('assess.exportedTo', { path: r.path }) : t('assess.exported'));
    } catch (e) {
      void message.error(t('assess.exportFailed', { error: e instanceof Error ? e.message : String(e) }));
    }
  };
  const print = (): void => { void platform.print().catch(() => window.print()); };

  if (engineError) return <div className="duban-page"><Alert type="error" title={t('assess.engineFailed', { error: engineError })} /></div>;
  const header = (
    <PageHeader
      icon={<TrophyOutlined />}
      title={t('nav.assessment')}
      subtitle={base ? t('assess.subtitle', { period: periodText(base, t), rule: ruleSet.id, version: ruleSet.version, count: base.exemptIds.length }) : t('assess.subtitleEmpty')}
      extra={data ? (
        <Space>
          <Button icon={<FileExcelOutlined />} onClick={() => void exportXlsx()} data-testid="assess-export">{t('assess.exportXlsx')}</Button>
          <Button icon={<PrinterOutlined />} onClick={print}>{t('assess.print')}</Button>
        </Space>
      ) : null}
    />
  );
  if (!stats) return <div className="duban-page">{header}<Skeleton active /></div>;
  if (stats.tickets === 0) {
    return (
      <div className="duban-page" data-testid="assessment-page">
        {header}
        <Card data-testid="assess-empty">
          <Empty description={t('assess.empty')}>
            <Space>
              <Button type="primary" onClick={() => navigate('import')}>{t('assess.import')}</Button>
              <Button onClick={() => navigate('welcome')}>{t('assess.loadDemo')}</Button>
            </Space>
          </Empty>
        </Card>
      </div>
    );
  }

  const primary = st.by[0]!;
  const secondary = st.by[1];
  const total = data?.result.total;
  const tp = data?.totalPrevious;
  return (
    <div className="duban-page" data-testid="assessment-page" style={{ maxWidth: 'none' }}>
      {header}
      <Space wrap size={12} style={{ marginBottom: 12 }}>
        {st.period ? <PeriodPicker value={st.period} unit={st.periodUnit} years={years} onChange={(p, u) => st.set({ period: p, periodUnit: u })} /> : null}
        <Space size={4}>
          {t('assess.groupBy')}
          <Select<GroupKey> aria-label={t('assess.groupBy')} style={{ width: 120 }} value={primary} data-testid="assess-by"
            options={GROUP_KEYS.map((k) => ({ value: k, label: groupKeyLabel(k, t) }))}
            onChange={(k) => st.set({ by: secondary && secondary !== k ? [k, secondary] : [k] })} />
          <Select<GroupKey | ''> aria-label={t('assess.thenBy')} style={{ width: 120 }} value={secondary ?? ''}
            options={[{ value: '', label: t('assess.noSecondary') }, ...GROUP_KEYS.filter((k) => k !== primary).map((k) => ({ value: k, label: t('assess.thenByKey', { key: groupKeyLabel(k, t) }) }))]}
            onChange={(k) => st.set({ by: k ? [primary, k] : [primary] })} />
        </Space>
        <Space size={4}>
          {t('assess.rules')}
          <Select aria-label={t('assess.ruleSet')} style={{ width: 260 }} value={`${ruleSet.id}@${ruleSet.version}`} data-testid="assess-ruleset"
            options={(ruleSets ?? []).map((r) => ({ value: `${r.id}@${r.version}`, label: t('assess.ruleSetOption', { id: r.id, version: r.version, name: r.body.name }) }))}
            onChange={(v: string) => { const i = v.lastIndexOf('@'); st.set({ ruleRef: { id: v.slice(0, i), version: Number(v.slice(i + 1)) } }); }} />
        </Space>
      </Space>
      {rank.error ? <Alert type="error" title={t('assess.computeFailed', { error: rank.error })} style={{ marginBottom: 12 }} /> : null}
      {total ? (
        <Row gutter={[12, 12]} style={{ marginBottom: 12 }} data-testid="assess-summary">
          <Col xs={12} md={4}><Card size="small"><Statistic title={t('assess.dispatched')} value={total.dispatched} formatter={(v) => fmt.number(Number(v))} /></Card></Col>
          <Col xs={12} md={4}><Card size="small"><Statistic title={t('assess.evaluated')} value={total.evaluated} formatter={(v) => fmt.number(Number(v))} /></Card></Col>
          <Col xs={12} md={4}><Card size="small"><Statistic title={t('assess.score')} value={score(total.score)} suffix={tp?.scoreDelta != null ? <Tag>{t('assess.vsPrevious', { delta: delta(tp.scoreDelta) })}</Tag> : null} /></Card></Col>
          {(['responseRate', 'resolutionRate', 'satisfactionRate'] as const).map((r) => (
            <Col xs={12} md={4} key={r}>
              <Card size="small" hoverable onClick={() => onDrill([], r, 'denominator')}>
                <Statistic title={rateLabel(r, t)} value={pct(total.rates[r].value)}
                  suffix={tp?.rateDelta[r] != null ? <Tag>{t('assess.vsPrevious', { delta: delta(tp.rateDelta[r]! * 100) })}</Tag> : null} />
              </Card>
            </Col>
          ))}
        </Row>
      ) : null}
      <Tabs
        activeKey={st.tab}
        onChange={(k) => st.set({ tab: k as AssessTab })}
        items={[
          {
            key: 'ranking', label: t('assess.tab.ranking'),
            children: data && base ? <RankingGrid data={data} base={base} onDrill={onDrill} onOpenUnit={onOpenUnit} /> : <Skeleton active />,
          },
          { key: 'lists', label: t('assess.tab.lists'), children: data ? <RedBlackLists data={data} onOpen={(parts) => (st.by[0] === 'unit' ? onOpenUnit(parts[0]!) : onDrill(parts, 'dispatched', 'denominator'))} /> : <Skeleton active /> },
          { key: 'rules', label: t('assess.tab.rules'), children: <RuleEditor key={`${ruleSet.id}@${ruleSet.version}`} ruleSet={ruleSet} base={base} current={data} storeVersion={storeVersion} /> },
          { key: 'exemptions', label: t('assess.tab.exemptions'), children: <ExemptionsPanel /> },
          { key: 'snapshots', label: t('assess.tab.snapshots'), children: <SnapshotsPanel base={base} /> },
          { key: 'server', label: t('assess.tab.server'), children: <ServerAssessPanel base={base} /> },
        ]}
      />
      <UnitDrawer
        unit={st.drawerUnit} base={base} storeVersion={storeVersion} onClose={() => st.set({ drawerUnit: null })}
        onDrill={(parts, by, side) => { if (base) void drillDown({ ...base, by } as AssessBase, parts, 'satisfactionRate', side); }}
      />
      {data ? <PrintView data={data} ruleSet={t('assess.ruleSetVersion', { id: ruleSet.id, version: ruleSet.version })} office={office} /> : null}
    </div>
  );
}
