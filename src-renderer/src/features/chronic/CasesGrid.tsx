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
import { useFormat, useLocale, useT } from '@renderer/i18n';
import { GRID_LOCALES } from '@renderer/i18n/grid-locale';
import { deleteCaseView, listCaseViews, listCases, saveCaseView, type CaseView } from './case-repo';
import { dayText, levelLabel, stateLabel } from './labels';
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
  const t = useT();
  const fmt = useFormat();
  const locale = useLocale();
  const cases = useLiveQuery(listCases, []);
  const views = useLiveQuery(listCaseViews, []);
  const [view, setView] = useState<CaseView>(fixedSupervisor ? { ...EMPTY_VIEW, supervisor: fixedSupervisor } : EMPTY_VIEW);
  const day = today();
  const rows = useMemo(() => filterCases(cases ?? [], fixedSupervisor !== undefined ? { ...view, supervisor: fixedSupervisor } : view, day), [cases, view, fixedSupervisor, day]);
  const supervisors = useMemo(() => [...new Set((cases ?? []).map((c) => c.supervisor))].sort(), [cases]);
  const units = useMemo(() => [...new Set((cases ?? []).flatMap((c) => [c.unit, ...c.coUnits]))].sort(), [cases]);

  const cols = useMemo<ColDef<Row>[]>(() => [
    { field: 'id', headerName: t('chronic.cases.col.id'), width: 150, cellRenderer: (p: { value: string }) => <a href={`#/chronic?case=${encodeURIComponent(p.value)}`}>{p.value}</a> },
    { field: 'title', headerName: t('chronic.cases.col.title'), flex: 2, minWidth: 220, tooltipField: 'title' },
    { field: 'status', headerName: t('chronic.cases.col.status'), width: 150, valueFormatter: (p: { value: string }) => stateLabel(p.value, t) },
    { field: 'level', headerName: t('chronic.cases.col.level'), width: 150, cellRenderer: (p: { value: string }) => (p.value ? <Tag color={p.value === '挂牌督办' ? 'red' : p.value === '督办' ? 'orange' : 'gold'}>{levelLabel(p.value, t)}</Tag> : '—') },
    { field: 'unit', headerName: t('chronic.cases.col.unit'), width: 150 },
    { field: 'supervisor', headerName: t('chronic.cases.col.supervisor'), width: 110 },
    { field: 'deadline', headerName: t('chronic.cases.col.deadline'), width: 130, sort: 'asc', valueFormatter: (p: { value: string }) => dayText(p.value, fmt) },
    { field: 'overdue', headerName: t('chronic.cases.col.overdue'), width: 90, cellRenderer: (p: { value: boolean }) => (p.value ? <Tag color="red">{t('chronic.cases.overdue')}</Tag> : '') },
    { headerName: t('chronic.cases.col.tickets'), width: 80, valueGetter: (p) => p.data?.tickets.length ?? 0 },
    { field: 'place', headerName: t('chronic.cases.col.place'), width: 160 },
  ], [t, fmt]);

  // Electron has no window.prompt: the view name is asked in a small dialog.
  const [naming, setNaming] = useState<string | null>(null);
  const saveView = async (): Promise<void> => {
    const name = (naming ?? '').trim();
    if (!name) { message.warning(t('chronic.cases.viewNameRequired')); return; }
    await saveCaseView({ ...view, name });
    setView({ ...view, name });
    setNaming(null);
    message.success(t('chronic.cases.viewSaved', { name }));
  };

  return (
    <div data-testid="cases-grid-panel">
      <Space wrap style={{ marginBottom: 8 }}>
        <Select mode="multiple" allowClear placeholder={t('chronic.cases.status')} style={{ minWidth: 180 }} value={view.status} onChange={(status) => setView({ ...view, status })}
          options={DEFAULT_LIFECYCLE.states.map((s) => ({ value: s.id, label: stateLabel(s.label, t) }))} />
        {fixedSupervisor === undefined && (
          <Select allowClear placeholder={t('chronic.cases.supervisor')} style={{ width: 130 }} value={view.supervisor || undefined} onChange={(s) => setView({ ...view, supervisor: s ?? '' })} options={supervisors.map((s) => ({ value: s, label: s }))} />
        )}
        <Select allowClear showSearch placeholder={t('chronic.cases.unit')} style={{ width: 160 }} value={view.unit || undefined} onChange={(u) => setView({ ...view, unit: u ?? '' })} options={units.map((u) => ({ value: u, label: u }))} />
        <Checkbox checked={view.overdueOnly} onChange={(e) => setView({ ...view, overdueOnly: e.target.checked })} data-testid="cases-overdue-only">{t('chronic.cases.overdueOnly')}</Checkbox>
        <Input.Search allowClear placeholder={t('chronic.cases.search')} style={{ width: 240 }} value={view.text} onChange={(e) => setView({ ...view, text: e.target.value })} />
        {fixedSupervisor === undefined && (
          <>
            <Select placeholder={t('chronic.cases.views')} style={{ width: 160 }} value={undefined} data-testid="case-views"
              options={(views ?? []).map((v) => ({ value: v.name, label: v.name }))} onChange={(n: string) => { const v = views?.find((x) => x.name === n); if (v) setView(v); }} />
            <Button onClick={() => setNaming(view.name || t('chronic.cases.defaultViewName'))}>{t('chronic.cases.saveView')}</Button>
            <Modal open={naming !== null} title={t('chronic.cases.saveViewTitle')} okText={t('chronic.cases.save')} cancelText={t('chronic.cancel')} onOk={() => void saveView()} onCancel={() => setNaming(null)}>
              <Input value={naming ?? ''} onChange={(e) => setNaming(e.target.value)} placeholder={t('chronic.cases.viewName')} />
            </Modal>
            {view.name && (
              <Popconfirm title={t('chronic.cases.deleteViewConfirm', { name: view.name })} okText={t('chronic.cases.delete')} cancelText={t('chronic.cancel')} onConfirm={() => void deleteCaseView(view.name).then(() => setView(EMPTY_VIEW))}>
                <Button danger>{t('chronic.cases.deleteView')}</Button>
              </Popconfirm>
            )}
          </>
        )}
        <span data-testid="cases-count">{t('chronic.cases.count', { count: fmt.number(rows.length) })}</span>
      </Space>
      <div style={{ height: 520 }} data-testid="cases-grid">
        <AgGridReact<Row>
          // AG Grid reads localeText once: a new grid when the language changes.
          key={locale}
          theme={gridTheme(mode)}
          localeText={GRID_LOCALES[locale]}
          rowData={rows}
          columnDefs={cols}
          getRowId={(p) => p.data.id}
          rowClassRules={{ 'chronic-overdue': (p) => !!p.data?.overdue }}
          getRowStyle={(p) => (p.data?.overdue ? { background: 'rgba(255, 77, 79, 0.12)' } : undefined)}
          onRowDoubleClicked={(e) => { if (e.data) navigate('chronic', `case=${encodeURIComponent(e.data.id)}`); }}
          overlayNoRowsTemplate={`<span>${t('chronic.cases.noRows')}</span>`}
          tooltipShowDelay={300}
        />
      </div>
    </div>
  );
}
