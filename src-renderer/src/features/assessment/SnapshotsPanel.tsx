import { useState } from 'react';
import { Alert, App, Button, Card, Empty, Input, Space, Table, Tag } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { diffSnapshots, verifySnapshot, type AssessSnapshot, type SnapshotDiff } from '@core/assess/snapshot';
import { formatLocal } from '@core/base/time/shanghai';
import { useSession } from '@renderer/app/session';
import { getEngine } from '@renderer/engine/client';
import { useT } from '@renderer/i18n';
import type { AssessBase, AssessRequest } from '@renderer/engine/computations/assess';
import { addSnapshot, listRuleSets, listSnapshots } from './assessment-db';
import { periodText } from './labels';

// Stored as the publisher's name in the snapshot (data): stays Chinese.
const ROLE_NAMES = { operator: '操作员', leader: '领导', admin: '管理员' } as const;

function fmt(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(4);
  return String(v);
}

/** 发布: freeze the current figures (rules version, input hash, time), list them, recompute and compare. */
export function SnapshotsPanel({ base }: { base: AssessBase | null }) {
  const { message } = App.useApp();
  const tr = useT();
  const snaps = useLiveQuery(listSnapshots, []);
  const role = useSession((s) => s.role);
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [diff, setDiff] = useState<{ snap: AssessSnapshot; diff: SnapshotDiff } | null>(null);

  const publish = async (): Promise<void> => {
    if (!base) return;
    setBusy(true);
    try {
      const t = title.trim() || tr('assess.snap.defaultTitle', { period: periodText(base, tr) });
      const snap = await getEngine().run<AssessSnapshot>('assess', { op: 'snapshot', ...base, title: t, user: ROLE_NAMES[role], at: Date.now() } satisfies AssessRequest);
      await addSnapshot(snap);
      setTitle('');
      void message.success(tr('assess.snap.published', { title: t, hash: snap.sha256.slice(0, 12) }));
    } catch (e) {
      void message.error(tr('assess.snap.publishFailed', { error: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  const recompute = async (s: AssessSnapshot): Promise<void> => {
    setBusy(true);
    try {
      const sets = await listRuleSets();
      const rs = sets.find((r) => r.id === s.ruleSetId && r.version === s.ruleSetVersion);
      if (!rs) { void message.error(tr('assess.snap.noRuleSet', { id: s.ruleSetId, version: s.ruleSetVersion })); return; }
      const fresh = await getEngine().run<AssessSnapshot>('assess', {
        op: 'snapshot', from: s.period.from, to: s.period.to, by: s.groupBy, ruleSet: rs, exemptIds: s.exemptions,
        title: s.title, user: s.by, at: s.at,
      } satisfies AssessRequest);
      setDiff({ snap: s, diff: diffSnapshots(s, fresh) });
    } catch (e) {
      void message.error(tr('assess.snap.recomputeFailed', { error: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="snapshots-panel">
      <Card size="small" title={tr('assess.snap.newTitle')} style={{ marginBottom: 12 }}>
        <Space wrap>
          <Input value={title} onChange={(e) => setTitle(e.target.value)} placeholder={base ? tr('assess.snap.defaultTitle', { period: periodText(base, tr) }) : tr('assess.snap.titlePlaceholder')} style={{ width: 280 }} aria-label={tr('assess.snap.titleAria')} />
          <Button type="primary" onClick={() => void publish()} loading={busy} disabled={!base} data-testid="publish">{tr('assess.snap.publish')}</Button>
          <span style={{ color: 'var(--duban-text-secondary)' }}>{tr('assess.snap.publishHint')}</span>
        </Space>
      </Card>
      {snaps && snaps.length === 0 ? <Empty description={tr('assess.snap.none')} /> : null}
      {snaps && snaps.length > 0 ? (
        <Table<AssessSnapshot>
          size="small" rowKey={(s) => String(s.id)} dataSource={snaps} pagination={{ pageSize: 10 }}
          columns={[
            { title: tr('assess.snap.title'), dataIndex: 'title', key: 't' },
            { title: tr('assess.snap.period'), key: 'p', render: (_, s) => periodText(s.period, tr) },
            { title: tr('assess.snap.rules'), key: 'r', render: (_, s) => `${s.ruleSetId} v${s.ruleSetVersion}` },
            { title: tr('assess.snap.publishedBy'), key: 'a', render: (_, s) => `${s.by} ${formatLocal(s.at)}` },
            { title: tr('assess.snap.seal'), key: 'v', render: (_, s) => (verifySnapshot(s) ? <Tag color="success">{tr('assess.snap.intact')}</Tag> : <Tag color="error">{tr('assess.snap.tampered')}</Tag>) },
            { title: tr('assess.snap.actions'), key: 'o', render: (_, s) => <Button size="small" onClick={() => void recompute(s)} disabled={busy} data-testid="recompute">{tr('assess.snap.recompute')}</Button> },
          ]}
        />
      ) : null}
      {diff ? (
        <Card size="small" title={tr('assess.snap.diffTitle', { title: diff.snap.title })} style={{ marginTop: 12 }} data-testid="snapshot-diff"
          extra={<Button size="small" onClick={() => setDiff(null)}>{tr('assess.snap.close')}</Button>}>
          {diff.diff.changes.length === 0 && diff.diff.added.length === 0 && diff.diff.removed.length === 0 ? (
            <Alert type="success" title={tr(diff.diff.inputChanged ? 'assess.snap.sameInputChanged' : 'assess.snap.same')} />
          ) : (
            <>
              <Alert type="warning" style={{ marginBottom: 8 }}
                title={tr('assess.snap.different', { changes: diff.diff.changes.length, added: diff.diff.added.length, removed: diff.diff.removed.length })}
                description={[diff.diff.inputChanged ? tr('assess.snap.inputChanged') : '', diff.diff.exemptionsChanged ? tr('assess.snap.exemptionsChanged') : '', !diff.diff.sealValid ? tr('assess.snap.sealBroken') : ''].filter(Boolean).join(tr('assess.snap.reasonSep'))} />
              <Table size="small" rowKey={(c) => `${c.parts.join('/')}:${c.field}`} pagination={{ pageSize: 15 }}
                dataSource={diff.diff.changes}
                columns={[
                  { title: tr('assess.snap.group'), key: 'k', render: (_, c) => c.parts.join(' · ') || tr('assess.snap.total') },
                  { title: tr('assess.snap.field'), dataIndex: 'field', key: 'f' },
                  { title: tr('assess.snap.before'), key: 'b', render: (_, c) => fmt(c.before) },
                  { title: tr('assess.snap.after'), key: 'a', render: (_, c) => fmt(c.after) },
                ]} />
            </>
          )}
        </Card>
      ) : null}
    </div>
  );
}
