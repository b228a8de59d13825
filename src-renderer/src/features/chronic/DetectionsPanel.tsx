import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Alert, Button, Empty, Input, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import type { ChronicRuleId } from '@core/chronic/rule-set';
import { localDay } from '@core/base/calendar/working-days';
import { db } from '@renderer/db';
import { useFormat, useT, type Translate } from '@renderer/i18n';
import type { DetectionCase, DetectionFlag, DetectResponse } from '@renderer/engine/computations/chronic';
import { listCases } from './case-repo';
import { useChronicStore } from './chronic-store';
import { ComputingState } from './ComputingState';
import { dayText, ruleName } from './labels';
import { OpenCaseModal, type CaseDraft } from './OpenCaseModal';
import { useActiveChronicRuleSet, useChronicRuleSets, useChronicRun } from './use-chronic';

const RULE_COLORS: Record<ChronicRuleId, string> = { R1: 'volcano', R2: 'orange', R3: 'gold', R4: 'red', R5: 'purple', R6: 'blue' };

export function RuleTag({ rule }: { rule: ChronicRuleId }) {
  const t = useT();
  return <Tag color={RULE_COLORS[rule]}>{rule} {ruleName(rule, t)}</Tag>;
}

function caseDraft(c: DetectionCase, asOf: string, ruleSet: DetectResponse['ruleSet'], t: Translate): CaseDraft {
  return {
    title: t('chronic.detect.draftTitle', { place: c.place || c.key, category: c.category ? ` ${c.category.split('/').pop()}` : '', rule: ruleName(c.rule, t) }),
    category: c.category, place: c.place, unit: c.unit, tickets: c.tickets,
    source: { kind: 'detection', rule: c.rule, key: c.key, asOf, ruleSet: { id: ruleSet.id, version: ruleSet.version, sha256: ruleSet.sha256 }, evidence: c.explain },
  };
}

/** 检测结果: chronic cases and flagged tickets as of a day, each with its evidence and 立案. */
export function DetectionsPanel() {
  const { asOf, setAsOf, ruleFilter, setRuleFilter, ruleRef, setRuleRef } = useChronicStore();
  const ruleSets = useChronicRuleSets();
  const ruleSet = useActiveChronicRuleSet();
  const t = useT();
  const fmt = useFormat();
  const meta = useLiveQuery(() => db.meta.get('store'), []);
  const latest = meta && typeof meta.to === 'number' ? localDay(meta.to) : '';
  const day = asOf || latest;
  // A chosen version is looked up first, so the built-in one is not computed in vain meanwhile.
  const ready = ruleSets !== undefined || ruleRef === null;
  const run = useChronicRun<DetectResponse>(day && ready ? { op: 'detect', asOf: day, ruleSet } : null, [day, ruleSet.sha256, ready]);
  const { data, error, loading } = run;
  const cases = useLiveQuery(listCases, []);
  const [draft, setDraft] = useState<CaseDraft | null>(null);
  const opened = useMemo(() => {
    const m = new Map<string, string>();
    for (const c of cases ?? []) m.set([...c.tickets].sort().join(','), c.id);
    return m;
  }, [cases]);

  if (meta && !meta.tickets) return <Empty description={t('chronic.detect.empty')} data-testid="chronic-empty" />;
  const shownCases = (data?.cases ?? []).filter((c) => ruleFilter === 'all' || ruleFilter === c.rule);
  const shownFlags = (data?.flags ?? []).filter((f) => ruleFilter === 'all' || ruleFilter === 'flags' || (f.rules as string[]).includes(ruleFilter));
  const byRule = (r: string) => (data?.cases ?? []).filter((c) => c.rule === r).length;

  return (
    <div data-testid="detections">
      <Space wrap style={{ marginBottom: 12 }}>
        <span>{t('chronic.detect.asOf')}</span>
        <Input type="date" value={day} onChange={(e) => setAsOf(e.target.value)} style={{ width: 170 }} data-testid="chronic-asof" />
        <Select aria-label={t('chronic.detect.ruleSetPick')} style={{ width: 190 }} value={`${ruleSet.id}@${ruleSet.version}`} data-testid="chronic-ruleset"
          options={(ruleSets ?? [ruleSet]).map((r) => ({ value: `${r.id}@${r.version}`, label: t('chronic.detect.ruleSetOption', { id: r.id, version: r.version }) }))}
          onChange={(v: string) => { const i = v.lastIndexOf('@'); setRuleRef({ id: v.slice(0, i), version: Number(v.slice(i + 1)) }); }} />
        <Segmented value={ruleFilter} onChange={(v) => setRuleFilter(String(v))} data-testid="chronic-rule-filter"
          options={[{ label: t('chronic.detect.all'), value: 'all' }, ...(['R1', 'R2', 'R6'] as const).map((r) => ({ label: data ? t('chronic.detect.ruleCount', { rule: r, name: ruleName(r, t), count: fmt.number(byRule(r)) }) : `${r} ${ruleName(r, t)}`, value: r })), { label: data ? t('chronic.detect.flaggedCount', { count: fmt.number(data.flags.length) }) : t('chronic.detect.flagged'), value: 'flags' }]} />
        {data && <Typography.Text type="secondary" data-testid="chronic-summary">{t('chronic.detect.summary', { id: data.ruleSet.id, version: data.ruleSet.version, asOf: dayText(data.asOf, fmt), visible: fmt.number(data.visible) })}</Typography.Text>}
      </Space>
      {error && <Alert type="error" showIcon message={t('chronic.detect.failed')} description={t('chronic.detect.failedHint', { error })} action={<Button size="small" onClick={run.retry} data-testid="chronic-retry">{t('chronic.retry')}</Button>} />}
      {loading && <ComputingState what={t('chronic.detect.computing')} since={run.startedAt} tickets={run.tickets} progress={run.progress} />}
      {/* While the first run computes there is nothing to list: the busy state says so, not "暂无数据". */}
      {(data || !loading) && ruleFilter !== 'flags' && (
        <Table<DetectionCase> size="small" loading={loading} rowKey={(c) => `${c.rule}:${c.tickets.join(',')}`} dataSource={shownCases} data-testid="detection-cases"
          pagination={{ pageSize: 20, showSizeChanger: false }}
          expandable={{ expandedRowRender: (c) => <div data-testid="detection-evidence">{c.explain.map((l, i) => <div key={i}>{l}</div>)}</div> }}
          columns={[
            { title: t('chronic.detect.col.rule'), dataIndex: 'rule', width: 230, render: (r: ChronicRuleId) => <RuleTag rule={r} /> },
            { title: t('chronic.detect.col.key'), dataIndex: 'key', ellipsis: true },
            { title: t('chronic.detect.col.tickets'), width: 80, render: (_, c) => fmt.number(c.tickets.length), sorter: (a, b) => a.tickets.length - b.tickets.length },
            { title: t('chronic.detect.col.firstAt'), dataIndex: 'firstAt', width: 170 },
            { title: t('chronic.detect.col.lastAt'), dataIndex: 'lastAt', width: 170, sorter: (a, b) => (a.lastAt < b.lastAt ? -1 : 1) },
            { title: t('chronic.detect.col.unit'), dataIndex: 'unit', width: 160, ellipsis: true },
            {
              title: t('chronic.detect.col.action'), width: 150, render: (_, c) => {
                const id = opened.get(c.tickets.join(','));
                return id ? <a href={`#/chronic?case=${encodeURIComponent(id)}`}>{t('chronic.detect.opened', { id })}</a>
                  : <Button size="small" type="primary" data-testid="open-case" onClick={() => setDraft(caseDraft(c, data!.asOf, data!.ruleSet, t))}>{t('chronic.detect.open')}</Button>;
              },
            },
          ]} />
      )}
      {(data || !loading) && (ruleFilter === 'flags' || ruleFilter === 'all') && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>{t('chronic.detect.flagsTitle')}</Typography.Title>
          <Table<DetectionFlag> size="small" loading={loading} rowKey="ticket" dataSource={shownFlags} data-testid="detection-flags" pagination={{ pageSize: 20, showSizeChanger: false }}
            columns={[
              { title: t('chronic.detect.col.ticket'), dataIndex: 'ticket', width: 160 },
              { title: t('chronic.detect.col.rule'), dataIndex: 'rules', width: 320, render: (rs: ChronicRuleId[]) => rs.map((r) => <RuleTag key={r} rule={r} />) },
              { title: t('chronic.detect.col.key'), dataIndex: 'explain', render: (l: string[]) => l.slice(1).join('；') },
              { title: t('chronic.detect.col.flagUnit'), dataIndex: 'unit', width: 160, ellipsis: true },
              {
                title: t('chronic.detect.col.action'), width: 150, render: (_, f) => (
                  <Button size="small" onClick={() => setDraft({
                    title: t('chronic.detect.flagDraftTitle', { ticket: f.ticket, rules: f.rules.map((r) => ruleName(r, t)).join(t('chronic.listSep')) }), category: f.category, place: f.place, unit: f.unit, tickets: [f.ticket],
                    source: { kind: 'detection', rule: f.rules[0]!, key: f.ticket, asOf: data!.asOf, ruleSet: data!.ruleSet, evidence: f.explain },
                  })}>{t('chronic.detect.open')}</Button>
                ),
              },
            ]} />
        </>
      )}
      <OpenCaseModal draft={draft} onClose={() => setDraft(null)} />
    </div>
  );
}
