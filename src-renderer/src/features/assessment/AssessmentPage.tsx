import './assessment.css';
import { useCallback, useEffect, useMemo } from 'react';
import { Alert, App, Button, Card, Col, Empty, Row, Select, Skeleton, Space, Statistic, Tabs, Tag } from 'antd';
import { FileExcelOutlined, PrinterOutlined, TrophyOutlined } from '@ant-design/icons';
import { GROUP_KEY_LABELS, GROUP_KEYS, type GroupKey } from '@core/assess/dimensions';
import type { Measure } from '@core/assess/explain';
import { periodContaining, periodLabel } from '@core/assess/period';
import { epochToLocalParts } from '@core/time/shanghai';
import { PageHeader } from '@renderer/app/PageHeader';
import { navigate } from '@renderer/app/navigation';
import { useSession } from '@renderer/app/session';
import type { AssessBase, RankResponse } from '@renderer/engine/computations/assess';
import { platform } from '@renderer/platform';
import { useAssessStore, type AssessTab } from './assessment-store';
import { drillDown } from './drill';
import { rankingXlsx } from './export-ranking';
import { ExemptionsPanel } from './ExemptionsPanel';
import { delta, pct, score } from './format';
import { PeriodPicker } from './PeriodPicker';
import { PrintView } from './PrintView';
import { RankingGrid } from './RankingGrid';
import { RedBlackLists } from './RedBlackLists';
import { RuleEditor } from './RuleEditor';
import { SnapshotsPanel } from './SnapshotsPanel';
import { UnitDrawer } from './UnitDrawer';
import { useStoreStats } from '@renderer/app/use-store-stats';
import { useActiveRuleSet, useAssessBase, useAssessRun, useRuleSets } from './use-assess';

/** 考核: rankings of units, districts and streets under a versioned rule set, with drill-down. */
export function AssessmentPage() {
  const { message } = App.useApp();
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
      if (r.saved) void message.success(r.path ? `已导出到 ${r.path}` : '已导出');
    } catch (e) {
      void message.error(`导出失败：${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const print = (): void => { void platform.print().catch(() => window.print()); };

  if (engineError) return <div className="duban-page"><Alert type="error" title={`数据引擎无法启动：${engineError}`} /></div>;
  const header = (
    <PageHeader
      icon={<TrophyOutlined />}
      title="考核"
      subtitle={base ? `${periodLabel(base)} · 规则 ${ruleSet.id} 第 ${ruleSet.version} 版 · 已同意核减 ${base.exemptIds.length} 件` : '按规则集计算响应率、解决率、满意率等指标并排名'}
      extra={data ? (
        <Space>
          <Button icon={<FileExcelOutlined />} onClick={() => void exportXlsx()} data-testid="assess-export">导出 Excel</Button>
          <Button icon={<PrinterOutlined />} onClick={print}>打印</Button>
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
          <Empty description="还没有工单数据。导入工单文件或载入演示数据后，这里会显示考核排名。">
            <Space>
              <Button type="primary" onClick={() => navigate('import')}>导入工单</Button>
              <Button onClick={() => navigate('welcome')}>载入演示数据</Button>
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
          分组
          <Select<GroupKey> aria-label="分组" style={{ width: 120 }} value={primary} data-testid="assess-by"
            options={GROUP_KEYS.map((k) => ({ value: k, label: GROUP_KEY_LABELS[k] }))}
            onChange={(k) => st.set({ by: secondary && secondary !== k ? [k, secondary] : [k] })} />
          <Select<GroupKey | ''> aria-label="再按" style={{ width: 120 }} value={secondary ?? ''}
            options={[{ value: '', label: '（不再细分）' }, ...GROUP_KEYS.filter((k) => k !== primary).map((k) => ({ value: k, label: `再按${GROUP_KEY_LABELS[k]}` }))]}
            onChange={(k) => st.set({ by: k ? [primary, k] : [primary] })} />
        </Space>
        <Space size={4}>
          规则
          <Select aria-label="规则集" style={{ width: 260 }} value={`${ruleSet.id}@${ruleSet.version}`} data-testid="assess-ruleset"
            options={(ruleSets ?? []).map((r) => ({ value: `${r.id}@${r.version}`, label: `${r.id} 第 ${r.version} 版 · ${r.body.name}` }))}
            onChange={(v: string) => { const i = v.lastIndexOf('@'); st.set({ ruleRef: { id: v.slice(0, i), version: Number(v.slice(i + 1)) } }); }} />
        </Space>
      </Space>
      {rank.error ? <Alert type="error" title={`计算失败：${rank.error}`} style={{ marginBottom: 12 }} /> : null}
      {total ? (
        <Row gutter={[12, 12]} style={{ marginBottom: 12 }} data-testid="assess-summary">
          <Col xs={12} md={4}><Card size="small"><Statistic title="派单量" value={total.dispatched} /></Card></Col>
          <Col xs={12} md={4}><Card size="small"><Statistic title="参评量" value={total.evaluated} /></Card></Col>
          <Col xs={12} md={4}><Card size="small"><Statistic title="综合得分" value={score(total.score)} suffix={tp?.scoreDelta != null ? <Tag>{`环比 ${delta(tp.scoreDelta)}`}</Tag> : null} /></Card></Col>
          {(['responseRate', 'resolutionRate', 'satisfactionRate'] as const).map((r) => (
            <Col xs={12} md={4} key={r}>
              <Card size="small" hoverable onClick={() => onDrill([], r, 'denominator')}>
                <Statistic title={{ responseRate: '响应率', resolutionRate: '解决率', satisfactionRate: '满意率' }[r]} value={pct(total.rates[r].value)}
                  suffix={tp?.rateDelta[r] != null ? <Tag>{`环比 ${delta(tp.rateDelta[r]! * 100)}`}</Tag> : null} />
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
            key: 'ranking', label: '排名',
            children: data && base ? <RankingGrid data={data} base={base} onDrill={onDrill} onOpenUnit={onOpenUnit} /> : <Skeleton active />,
          },
          { key: 'lists', label: '红黑榜', children: data ? <RedBlackLists data={data} onOpen={(parts) => (st.by[0] === 'unit' ? onOpenUnit(parts[0]!) : onDrill(parts, 'dispatched', 'denominator'))} /> : <Skeleton active /> },
          { key: 'rules', label: '规则', children: <RuleEditor key={`${ruleSet.id}@${ruleSet.version}`} ruleSet={ruleSet} base={base} current={data} storeVersion={storeVersion} /> },
          { key: 'exemptions', label: '核减', children: <ExemptionsPanel /> },
          { key: 'snapshots', label: '发布', children: <SnapshotsPanel base={base} /> },
        ]}
      />
      <UnitDrawer
        unit={st.drawerUnit} base={base} storeVersion={storeVersion} onClose={() => st.set({ drawerUnit: null })}
        onDrill={(parts, by, side) => { if (base) void drillDown({ ...base, by } as AssessBase, parts, 'satisfactionRate', side); }}
      />
      {data ? <PrintView data={data} ruleSet={`${ruleSet.id} 第 ${ruleSet.version} 版`} office={office} /> : null}
    </div>
  );
}
