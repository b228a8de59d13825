import { Alert, Table, Tooltip } from 'antd';
import type { UnitSignals } from '@core/chronic/unit-signals';
import { useFormat, useT } from '@renderer/i18n';
import { useChronicRun } from './use-chronic';

const ids = (l: string[]) => (l.length ? <Tooltip title={l.slice(0, 30).join(', ')}><a>{l.length}</a></Tooltip> : 0);

/** 推诿扯皮 and 敷衍办结 signals per unit: counts for a person to review, never conclusions. */
export function SignalsPanel() {
  const { data, error, loading } = useChronicRun<UnitSignals[]>({ op: 'signals' }, []);
  const t = useT();
  const fmt = useFormat();
  return (
    <div data-testid="unit-signals">
      <Alert type="warning" showIcon style={{ marginBottom: 8 }} message={t('chronic.signals.notice')} />
      {error && <Alert type="error" message={error} />}
      <Table<UnitSignals> size="small" rowKey="unit" loading={loading} dataSource={data ?? []} pagination={{ pageSize: 20, showSizeChanger: false }}
        columns={[
          { title: t('chronic.signals.col.unit'), dataIndex: 'unit', fixed: 'left', width: 180 },
          { title: t('chronic.signals.col.dispatched'), dataIndex: 'dispatched', width: 100, render: (v: number) => fmt.number(v), sorter: (a, b) => a.dispatched - b.dispatched },
          { title: t('chronic.signals.col.rejectRate'), dataIndex: 'rejectRate', width: 100, render: (v: number | null) => fmt.percent(v), sorter: (a, b) => (a.rejectRate ?? -1) - (b.rejectRate ?? -1) },
          { title: t('chronic.signals.col.pingPong'), dataIndex: 'pingPongTickets', width: 160, render: ids, sorter: (a, b) => a.pingPongTickets.length - b.pingPongTickets.length },
          { title: t('chronic.signals.col.acceptHours'), dataIndex: 'acceptHoursMedian', width: 180, render: (v: number | null) => (v === null ? t('chronic.signals.needsEvents') : fmt.number(v, 1)) },
          { title: t('chronic.signals.col.overturned'), dataIndex: 'overturnedRejects', width: 140, render: ids },
          { title: t('chronic.signals.col.closedUnresolved'), dataIndex: 'closedUnresolved', width: 140, render: ids, sorter: (a, b) => a.closedUnresolved.length - b.closedUnresolved.length },
          { title: t('chronic.signals.col.recurred'), dataIndex: 'recurredAfterClose', width: 230, render: ids, sorter: (a, b) => a.recurredAfterClose.length - b.recurredAfterClose.length },
          { title: t('chronic.signals.col.boilerplate'), dataIndex: 'boilerplateReplies', render: (l: UnitSignals['boilerplateReplies']) => l.map((r) => <div key={r.text}>"{r.text.slice(0, 30)}" × {r.tickets.length}</div>) },
        ]} scroll={{ x: 1400 }} />
    </div>
  );
}
