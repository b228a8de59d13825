import { Alert, Table, Tooltip } from 'antd';
import type { UnitSignals } from '@core/chronic/unit-signals';
import { useChronicRun } from './use-chronic';

const ids = (l: string[]) => (l.length ? <Tooltip title={l.slice(0, 30).join('、')}><a>{l.length}</a></Tooltip> : 0);

/** 推诿扯皮 and 敷衍办结 signals per unit: counts for a person to review, never conclusions. */
export function SignalsPanel() {
  const { data, error, loading } = useChronicRun<UnitSignals[]>({ op: 'signals' }, []);
  return (
    <div data-testid="unit-signals">
      <Alert type="warning" showIcon style={{ marginBottom: 8 }} message="以下是供人工复核的信号，不是结论：请查看具体工单后再作判断。" />
      {error && <Alert type="error" message={error} />}
      <Table<UnitSignals> size="small" rowKey="unit" loading={loading} dataSource={data ?? []} pagination={{ pageSize: 20, showSizeChanger: false }}
        columns={[
          { title: '单位', dataIndex: 'unit', fixed: 'left', width: 180 },
          { title: '派单量', dataIndex: 'dispatched', width: 80, sorter: (a, b) => a.dispatched - b.dispatched },
          { title: '退单率', dataIndex: 'rejectRate', width: 90, render: (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`), sorter: (a, b) => (a.rejectRate ?? -1) - (b.rejectRate ?? -1) },
          { title: '来回派单（A→B→A）', dataIndex: 'pingPongTickets', width: 150, render: ids, sorter: (a, b) => a.pingPongTickets.length - b.pingPongTickets.length },
          { title: '签收用时中位数（小时）', dataIndex: 'acceptHoursMedian', width: 170, render: (v: number | null) => (v === null ? '—（需流转记录）' : v.toFixed(1)) },
          { title: '退单后又派回', dataIndex: 'overturnedRejects', width: 120, render: ids },
          { title: '办结但未解决', dataIndex: 'closedUnresolved', width: 120, render: ids, sorter: (a, b) => a.closedUnresolved.length - b.closedUnresolved.length },
          { title: '办结后 30 天内同址同类再来电', dataIndex: 'recurredAfterClose', width: 210, render: ids, sorter: (a, b) => a.recurredAfterClose.length - b.recurredAfterClose.length },
          { title: '雷同答复', dataIndex: 'boilerplateReplies', render: (l: UnitSignals['boilerplateReplies']) => l.map((r) => <div key={r.text}>"{r.text.slice(0, 30)}" × {r.tickets.length}</div>) },
        ]} scroll={{ x: 1300 }} />
    </div>
  );
}
