import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Alert, Button, Empty, Input, Segmented, Space, Table, Tag, Typography } from 'antd';
import { CHRONIC_RULE_NAMES, CHRONIC_V1, type ChronicRuleId } from '@core/chronic/rule-set';
import { localDay } from '@core/base/calendar/working-days';
import { db } from '@renderer/db';
import type { DetectionCase, DetectionFlag, DetectResponse } from '@renderer/engine/computations/chronic';
import { listCases } from './case-repo';
import { useChronicStore } from './chronic-store';
import { ComputingState } from './ComputingState';
import { OpenCaseModal, type CaseDraft } from './OpenCaseModal';
import { useChronicRun } from './use-chronic';

const RULE_COLORS: Record<ChronicRuleId, string> = { R1: 'volcano', R2: 'orange', R3: 'gold', R4: 'red', R5: 'purple', R6: 'blue' };

export function RuleTag({ rule }: { rule: ChronicRuleId }) {
  return <Tag color={RULE_COLORS[rule]}>{rule} {CHRONIC_RULE_NAMES[rule]}</Tag>;
}

function caseDraft(c: DetectionCase, asOf: string, sha: string): CaseDraft {
  return {
    title: `${c.place || c.key}${c.category ? ` ${c.category.split('/').pop()}` : ''}问题反复（${CHRONIC_RULE_NAMES[c.rule]}）`,
    category: c.category, place: c.place, unit: c.unit, tickets: c.tickets,
    source: { kind: 'detection', rule: c.rule, key: c.key, asOf, ruleSet: { id: CHRONIC_V1.id, version: CHRONIC_V1.version, sha256: sha }, evidence: c.explain },
  };
}

/** 检测结果: chronic cases and flagged tickets as of a day, each with its evidence and 立案. */
export function DetectionsPanel() {
  const { asOf, setAsOf, ruleFilter, setRuleFilter } = useChronicStore();
  const meta = useLiveQuery(() => db.meta.get('store'), []);
  const latest = meta && typeof meta.to === 'number' ? localDay(meta.to) : '';
  const day = asOf || latest;
  const run = useChronicRun<DetectResponse>(day ? { op: 'detect', asOf: day } : null, [day]);
  const { data, error, loading } = run;
  const cases = useLiveQuery(listCases, []);
  const [draft, setDraft] = useState<CaseDraft | null>(null);
  const opened = useMemo(() => {
    const m = new Map<string, string>();
    for (const c of cases ?? []) m.set([...c.tickets].sort().join(','), c.id);
    return m;
  }, [cases]);

  if (meta && !meta.tickets) return <Empty description="还没有工单数据，请先导入工单或加载演示数据" data-testid="chronic-empty" />;
  const shownCases = (data?.cases ?? []).filter((c) => ruleFilter === 'all' || ruleFilter === c.rule);
  const shownFlags = (data?.flags ?? []).filter((f) => ruleFilter === 'all' || ruleFilter === 'flags' || (f.rules as string[]).includes(ruleFilter));
  const byRule = (r: string) => (data?.cases ?? []).filter((c) => c.rule === r).length;

  return (
    <div data-testid="detections">
      <Space wrap style={{ marginBottom: 12 }}>
        <span>检测日期</span>
        <Input type="date" value={day} onChange={(e) => setAsOf(e.target.value)} style={{ width: 170 }} data-testid="chronic-asof" />
        <Segmented value={ruleFilter} onChange={(v) => setRuleFilter(String(v))} data-testid="chronic-rule-filter"
          options={[{ label: '全部', value: 'all' }, ...(['R1', 'R2', 'R6'] as const).map((r) => ({ label: `${r} ${CHRONIC_RULE_NAMES[r]}${data ? `（${byRule(r)}）` : ''}`, value: r })), { label: `标记工单${data ? `（${data.flags.length}）` : ''}`, value: 'flags' }]} />
        {data && <Typography.Text type="secondary">规则 {data.ruleSet.id} v{data.ruleSet.version}，截至 {data.asOf} 24:00 共 {data.visible} 张工单</Typography.Text>}
      </Space>
      {error && <Alert type="error" showIcon message="检测失败" description={`${error}（可点“重试”再算一次；若反复失败，请到设置页检查工单数据）`} action={<Button size="small" onClick={run.retry} data-testid="chronic-retry">重试</Button>} />}
      {loading && <ComputingState what="正在检测疑难工单…" since={run.startedAt} tickets={run.tickets} progress={run.progress} />}
      {/* While the first run computes there is nothing to list: the busy state says so, not "暂无数据". */}
      {(data || !loading) && ruleFilter !== 'flags' && (
        <Table<DetectionCase> size="small" loading={loading} rowKey={(c) => `${c.rule}:${c.tickets.join(',')}`} dataSource={shownCases} data-testid="detection-cases"
          pagination={{ pageSize: 20, showSizeChanger: false }}
          expandable={{ expandedRowRender: (c) => <div data-testid="detection-evidence">{c.explain.map((l, i) => <div key={i}>{l}</div>)}</div> }}
          columns={[
            { title: '规则', dataIndex: 'rule', width: 170, render: (r: ChronicRuleId) => <RuleTag rule={r} /> },
            { title: '依据', dataIndex: 'key', ellipsis: true },
            { title: '工单数', width: 80, render: (_, c) => c.tickets.length, sorter: (a, b) => a.tickets.length - b.tickets.length },
            { title: '首次受理', dataIndex: 'firstAt', width: 170 },
            { title: '最近受理', dataIndex: 'lastAt', width: 170, sorter: (a, b) => (a.lastAt < b.lastAt ? -1 : 1) },
            { title: '主要承办单位', dataIndex: 'unit', width: 160, ellipsis: true },
            {
              title: '操作', width: 120, render: (_, c) => {
                const id = opened.get(c.tickets.join(','));
                return id ? <a href={`#/chronic?case=${encodeURIComponent(id)}`}>已立案 {id}</a>
                  : <Button size="small" type="primary" data-testid="open-case" onClick={() => setDraft(caseDraft(c, data!.asOf, data!.ruleSet.sha256))}>立案</Button>;
              },
            },
          ]} />
      )}
      {(data || !loading) && (ruleFilter === 'flags' || ruleFilter === 'all') && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>标记工单（重办、推诿扯皮、长期超期）</Typography.Title>
          <Table<DetectionFlag> size="small" loading={loading} rowKey="ticket" dataSource={shownFlags} data-testid="detection-flags" pagination={{ pageSize: 20, showSizeChanger: false }}
            columns={[
              { title: '工单', dataIndex: 'ticket', width: 160 },
              { title: '规则', dataIndex: 'rules', width: 300, render: (rs: ChronicRuleId[]) => rs.map((r) => <RuleTag key={r} rule={r} />) },
              { title: '依据', dataIndex: 'explain', render: (l: string[]) => l.slice(1).join('；') },
              { title: '承办单位', dataIndex: 'unit', width: 160, ellipsis: true },
              {
                title: '操作', width: 90, render: (_, f) => (
                  <Button size="small" onClick={() => setDraft({
                    title: `工单 ${f.ticket} ${f.rules.map((r) => CHRONIC_RULE_NAMES[r]).join('、')}`, category: f.category, place: f.place, unit: f.unit, tickets: [f.ticket],
                    source: { kind: 'detection', rule: f.rules[0]!, key: f.ticket, asOf: data!.asOf, ruleSet: data!.ruleSet, evidence: f.explain },
                  })}>立案</Button>
                ),
              },
            ]} />
        </>
      )}
      <OpenCaseModal draft={draft} onClose={() => setDraft(null)} />
    </div>
  );
}
