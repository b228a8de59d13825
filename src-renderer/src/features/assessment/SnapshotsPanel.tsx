import { useState } from 'react';
import { Alert, App, Button, Card, Empty, Input, Space, Table, Tag } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { periodLabel } from '@core/assess/period';
import { diffSnapshots, verifySnapshot, type AssessSnapshot, type SnapshotDiff } from '@core/assess/snapshot';
import { formatLocal } from '@core/time/shanghai';
import { useSession } from '@renderer/app/session';
import { getEngine } from '@renderer/engine/client';
import type { AssessBase, AssessRequest } from '@renderer/engine/computations/assess';
import { addSnapshot, listRuleSets, listSnapshots } from './assessment-db';

const ROLE_NAMES = { operator: '操作员', leader: '领导', admin: '管理员' } as const;

function fmt(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(4);
  return String(v);
}

/** 发布: freeze the current figures (rules version, input hash, time), list them, recompute and compare. */
export function SnapshotsPanel({ base }: { base: AssessBase | null }) {
  const { message } = App.useApp();
  const snaps = useLiveQuery(listSnapshots, []);
  const role = useSession((s) => s.role);
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [diff, setDiff] = useState<{ snap: AssessSnapshot; diff: SnapshotDiff } | null>(null);

  const publish = async (): Promise<void> => {
    if (!base) return;
    setBusy(true);
    try {
      const t = title.trim() || `${periodLabel(base)}考核结果`;
      const snap = await getEngine().run<AssessSnapshot>('assess', { op: 'snapshot', ...base, title: t, user: ROLE_NAMES[role], at: Date.now() } satisfies AssessRequest);
      await addSnapshot(snap);
      setTitle('');
      void message.success(`已发布「${t}」，sha256 ${snap.sha256.slice(0, 12)}…`);
    } catch (e) {
      void message.error(`发布失败：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const recompute = async (s: AssessSnapshot): Promise<void> => {
    setBusy(true);
    try {
      const sets = await listRuleSets();
      const rs = sets.find((r) => r.id === s.ruleSetId && r.version === s.ruleSetVersion);
      if (!rs) { void message.error(`找不到规则集 ${s.ruleSetId} 第 ${s.ruleSetVersion} 版，无法复算`); return; }
      const fresh = await getEngine().run<AssessSnapshot>('assess', {
        op: 'snapshot', from: s.period.from, to: s.period.to, by: s.groupBy, ruleSet: rs, exemptIds: s.exemptions,
        title: s.title, user: s.by, at: s.at,
      } satisfies AssessRequest);
      setDiff({ snap: s, diff: diffSnapshots(s, fresh) });
    } catch (e) {
      void message.error(`复算失败：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="snapshots-panel">
      <Card size="small" title="发布当前考核结果" style={{ marginBottom: 12 }}>
        <Space wrap>
          <Input value={title} onChange={(e) => setTitle(e.target.value)} placeholder={base ? `${periodLabel(base)}考核结果` : '标题'} style={{ width: 280 }} aria-label="发布标题" />
          <Button type="primary" onClick={() => void publish()} loading={busy} disabled={!base} data-testid="publish">发布（冻结数据）</Button>
          <span style={{ color: 'var(--duban-text-secondary)' }}>发布会记录规则版本、数据指纹（sha256）、已同意的核减与发布时间，之后可随时复算比对。</span>
        </Space>
      </Card>
      {snaps && snaps.length === 0 ? <Empty description="还没有发布过考核结果" /> : null}
      {snaps && snaps.length > 0 ? (
        <Table<AssessSnapshot>
          size="small" rowKey={(s) => String(s.id)} dataSource={snaps} pagination={{ pageSize: 10 }}
          columns={[
            { title: '标题', dataIndex: 'title', key: 't' },
            { title: '周期', key: 'p', render: (_, s) => periodLabel(s.period) },
            { title: '规则', key: 'r', render: (_, s) => `${s.ruleSetId} v${s.ruleSetVersion}` },
            { title: '发布', key: 'a', render: (_, s) => `${s.by} ${formatLocal(s.at)}` },
            { title: '封存校验', key: 'v', render: (_, s) => (verifySnapshot(s) ? <Tag color="success">完好</Tag> : <Tag color="error">内容被改动</Tag>) },
            { title: '操作', key: 'o', render: (_, s) => <Button size="small" onClick={() => void recompute(s)} disabled={busy} data-testid="recompute">复算比对</Button> },
          ]}
        />
      ) : null}
      {diff ? (
        <Card size="small" title={`复算比对：${diff.snap.title}`} style={{ marginTop: 12 }} data-testid="snapshot-diff"
          extra={<Button size="small" onClick={() => setDiff(null)}>关闭</Button>}>
          {diff.diff.changes.length === 0 && diff.diff.added.length === 0 && diff.diff.removed.length === 0 ? (
            <Alert type="success" title={`复算结果与发布时一致${diff.diff.inputChanged ? '（数据指纹已变化，但不影响该周期结果）' : ''}`} />
          ) : (
            <>
              <Alert type="warning" style={{ marginBottom: 8 }}
                title={`复算结果与发布时不同：${diff.diff.changes.length} 处数值变化，新增 ${diff.diff.added.length} 组，消失 ${diff.diff.removed.length} 组`}
                description={[diff.diff.inputChanged ? '工单数据已变化（重新导入或更新）' : '', diff.diff.exemptionsChanged ? '核减名单不同' : '', !diff.diff.sealValid ? '发布记录本身被改动过' : ''].filter(Boolean).join('；')} />
              <Table size="small" rowKey={(c) => `${c.parts.join('/')}:${c.field}`} pagination={{ pageSize: 15 }}
                dataSource={diff.diff.changes}
                columns={[
                  { title: '分组', key: 'k', render: (_, c) => c.parts.join(' · ') || '合计' },
                  { title: '项目', dataIndex: 'field', key: 'f' },
                  { title: '发布时', key: 'b', render: (_, c) => fmt(c.before) },
                  { title: '复算', key: 'a', render: (_, c) => fmt(c.after) },
                ]} />
            </>
          )}
        </Card>
      ) : null}
    </div>
  );
}
