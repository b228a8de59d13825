import './grid-modules';
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef } from 'ag-grid-community';
import { App, Button, Checkbox, Input, Modal, Popconfirm, Select, Space, Tag } from 'antd';
import type { ChronicCaseRecord } from '@core/cases/case-record';
import { caseOverdue } from '@core/cases/case-ops';
import { DEFAULT_LIFECYCLE } from '@core/cases/lifecycle';
import { navigate } from '@renderer/app/navigation';
import { useThemeMode } from '@renderer/theme';
import { gridTheme } from '@renderer/theme/grid';
import { deleteCaseView, listCaseViews, listCases, saveCaseView, type CaseView } from './case-repo';
import { today } from './use-chronic';

const EMPTY_VIEW: CaseView = { name: '', status: [], supervisor: '', unit: '', overdueOnly: false, text: '' };

type Row = ChronicCaseRecord & { level: string; overdue: boolean };

/** Filters a case list by a view (pure, so "我的工作" and the grid agree). */
export function filterCases(cases: readonly ChronicCaseRecord[], v: CaseView, day: string): Row[] {
  const text = v.text.trim();
  return cases
    .map((c) => ({ ...c, level: c.escalations.at(-1)?.level ?? '', overdue: caseOverdue(c, day) }))
    .filter((c) => (v.status.length === 0 || v.status.includes(c.status))
      && (!v.supervisor || c.supervisor === v.supervisor)
      && (!v.unit || c.unit === v.unit || c.coUnits.includes(v.unit))
      && (!v.overdueOnly || c.overdue)
      && (!text || `${c.id}${c.title}${c.place}${c.category}${c.tickets.join(' ')}`.includes(text)));
}

/** The case grid: filters, saved views, overdue rows highlighted; a row opens the case. */
export function CasesGrid({ fixedSupervisor }: { fixedSupervisor?: string }) {
  const { message } = App.useApp();
  const mode = useThemeMode();
  const cases = useLiveQuery(listCases, []);
  const views = useLiveQuery(listCaseViews, []);
  const [view, setView] = useState<CaseView>(fixedSupervisor ? { ...EMPTY_VIEW, supervisor: fixedSupervisor } : EMPTY_VIEW);
  const day = today();
  const rows = useMemo(() => filterCases(cases ?? [], fixedSupervisor !== undefined ? { ...view, supervisor: fixedSupervisor } : view, day), [cases, view, fixedSupervisor, day]);
  const supervisors = useMemo(() => [...new Set((cases ?? []).map((c) => c.supervisor))].sort(), [cases]);
  const units = useMemo(() => [...new Set((cases ?? []).flatMap((c) => [c.unit, ...c.coUnits]))].sort(), [cases]);

  const cols = useMemo<ColDef<Row>[]>(() => [
    { field: 'id', headerName: '编号', width: 150, cellRenderer: (p: { value: string }) => <a href={`#/chronic?case=${encodeURIComponent(p.value)}`}>{p.value}</a> },
    { field: 'title', headerName: '标题', flex: 2, minWidth: 220, tooltipField: 'title' },
    { field: 'status', headerName: '状态', width: 90 },
    { field: 'level', headerName: '督办级别', width: 100, cellRenderer: (p: { value: string }) => (p.value ? <Tag color={p.value === '挂牌督办' ? 'red' : p.value === '督办' ? 'orange' : 'gold'}>{p.value}</Tag> : '—') },
    { field: 'unit', headerName: '主责单位', width: 150 },
    { field: 'supervisor', headerName: '督办人', width: 100 },
    { field: 'deadline', headerName: '期限', width: 110, sort: 'asc' },
    { field: 'overdue', headerName: '超期', width: 80, cellRenderer: (p: { value: boolean }) => (p.value ? <Tag color="red">超期</Tag> : '') },
    { headerName: '工单数', width: 80, valueGetter: (p) => p.data?.tickets.length ?? 0 },
    { field: 'place', headerName: '地点', width: 160 },
  ], []);

  // Electron has no window.prompt: the view name is asked in a small dialog.
  const [naming, setNaming] = useState<string | null>(null);
  const saveView = async (): Promise<void> => {
    const name = (naming ?? '').trim();
    if (!name) { message.warning('请填写视图名称'); return; }
    await saveCaseView({ ...view, name });
    setView({ ...view, name });
    setNaming(null);
    message.success(`已保存视图"${name}"`);
  };

  return (
    <div data-testid="cases-grid-panel">
      <Space wrap style={{ marginBottom: 8 }}>
        <Select mode="multiple" allowClear placeholder="状态" style={{ minWidth: 180 }} value={view.status} onChange={(status) => setView({ ...view, status })}
          options={DEFAULT_LIFECYCLE.states.map((s) => ({ value: s.id, label: s.label }))} />
        {fixedSupervisor === undefined && (
          <Select allowClear placeholder="督办人" style={{ width: 130 }} value={view.supervisor || undefined} onChange={(s) => setView({ ...view, supervisor: s ?? '' })} options={supervisors.map((s) => ({ value: s, label: s }))} />
        )}
        <Select allowClear showSearch placeholder="单位" style={{ width: 160 }} value={view.unit || undefined} onChange={(u) => setView({ ...view, unit: u ?? '' })} options={units.map((u) => ({ value: u, label: u }))} />
        <Checkbox checked={view.overdueOnly} onChange={(e) => setView({ ...view, overdueOnly: e.target.checked })} data-testid="cases-overdue-only">只看超期</Checkbox>
        <Input.Search allowClear placeholder="编号、标题、地点、工单号" style={{ width: 220 }} value={view.text} onChange={(e) => setView({ ...view, text: e.target.value })} />
        {fixedSupervisor === undefined && (
          <>
            <Select placeholder="已保存的视图" style={{ width: 160 }} value={undefined} data-testid="case-views"
              options={(views ?? []).map((v) => ({ value: v.name, label: v.name }))} onChange={(n: string) => { const v = views?.find((x) => x.name === n); if (v) setView(v); }} />
            <Button onClick={() => setNaming(view.name || '我的筛选')}>保存视图</Button>
            <Modal open={naming !== null} title="保存为视图" okText="保存" cancelText="取消" onOk={() => void saveView()} onCancel={() => setNaming(null)}>
              <Input value={naming ?? ''} onChange={(e) => setNaming(e.target.value)} placeholder="视图名称" />
            </Modal>
            {view.name && (
              <Popconfirm title={`删除视图"${view.name}"？`} okText="删除" cancelText="取消" onConfirm={() => void deleteCaseView(view.name).then(() => setView(EMPTY_VIEW))}>
                <Button danger>删除视图</Button>
              </Popconfirm>
            )}
          </>
        )}
        <span data-testid="cases-count">共 {rows.length} 件</span>
      </Space>
      <div style={{ height: 520 }} data-testid="cases-grid">
        <AgGridReact<Row>
          theme={gridTheme(mode)}
          rowData={rows}
          columnDefs={cols}
          getRowId={(p) => p.data.id}
          rowClassRules={{ 'chronic-overdue': (p) => !!p.data?.overdue }}
          getRowStyle={(p) => (p.data?.overdue ? { background: 'rgba(255, 77, 79, 0.12)' } : undefined)}
          onRowDoubleClicked={(e) => { if (e.data) navigate('chronic', `case=${encodeURIComponent(e.data.id)}`); }}
          overlayNoRowsTemplate="<span>没有符合条件的疑难件</span>"
          tooltipShowDelay={300}
        />
      </div>
    </div>
  );
}
