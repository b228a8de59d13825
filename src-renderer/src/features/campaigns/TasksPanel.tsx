import { useMemo, useState } from 'react';
import { Alert, App, Button, Form, Input, InputNumber, Modal, Select, Space, Tag, Typography } from 'antd';
import type { WorkCalendar } from '@core/base/calendar/working-days';
import type { Campaign, CampaignTask } from '@core/campaigns/campaign';
import { addTask, campaignUnits, cancelTask, completeTask } from '@core/campaigns/campaign-ops';
import { taskDeadline, type TaskStanding } from '@core/campaigns/tasks';
import { useT } from '@renderer/i18n';
import { saveTaskChange } from './campaign-repo';
import { useCampaignUi } from './campaign-store';
import { Later } from './Later';
import { VirtualTable, type VColumn } from './VirtualTable';
import { standingLabel } from './labels';
import { taskStandings } from './task-standings';
import { today } from './use-campaign';
import { zhCompare } from './locale-text';

type Row = CampaignTask & { standing: TaskStanding; left: number | null; problem: string };
type Values = { unit: string; problemId: string; title: string; workingDays: number; assignedOn: string };
const NONE = '__campaign__';

/** The task form: unit, problem, what to do and the limit in working days (the deadline shown as it follows from the calendar). */
function AddTask({ c, cal, onDone }: { c: Campaign; cal: WorkCalendar; onDone: () => void }) {
  const t = useT();
  const me = useCampaignUi((s) => s.me);
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const assignedOn = Form.useWatch('assignedOn', form);
  const days = Form.useWatch('workingDays', form);
  let deadline = '';
  try { if (assignedOn && days && days >= 1 && days <= 250) deadline = taskDeadline(cal, assignedOn, days); } catch { deadline = ''; }
  const submit = async (): Promise<void> => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const change = addTask(c, { id: `${c.id}-T${crypto.randomUUID().slice(0, 8)}`, problemId: v.problemId === NONE ? null : v.problemId, unit: v.unit, title: v.title, workingDays: v.workingDays, assignedOn: v.assignedOn }, cal, { by: me || t('cmp.defaultActor'), now: Date.now() });
    try {
      await saveTaskChange(change);
      form.resetFields(['title']);
      setError(null);
      onDone();
    } catch (e) { setError(e instanceof Error ? e.message : String(e)); }
  };
  return (
    <Form form={form} layout="inline" initialValues={{ workingDays: 10, assignedOn: today(), problemId: c.problems[0]?.id ?? NONE }} data-testid="task-form" style={{ rowGap: 8, marginBottom: 8 }}>
      <Form.Item name="unit" rules={[{ required: true, message: t('cmp.task.needUnit') }]}>
        <Select style={{ width: 200 }} placeholder={t('cmp.f.unit')} options={campaignUnits(c).map((u) => ({ value: u, label: u }))} data-testid="task-unit" showSearch />
      </Form.Item>
      <Form.Item name="problemId">
        <Select style={{ width: 180 }} options={[...c.problems.map((p) => ({ value: p.id, label: p.title })), { value: NONE, label: t('cmp.task.wholeCampaign') }]} data-testid="task-problem" />
      </Form.Item>
      <Form.Item name="title" rules={[{ required: true, whitespace: true, message: t('cmp.task.needTitle') }]}>
        <Input style={{ width: 260 }} placeholder={t('cmp.f.taskTitle')} data-testid="task-title" />
      </Form.Item>
      <Form.Item name="assignedOn" label={t('cmp.f.assignedOn')} rules={[{ required: true, message: t('cmp.task.needAssigned') }]}><Input type="date" style={{ width: 150 }} data-testid="task-assigned" /></Form.Item>
      <Form.Item name="workingDays" label={t('cmp.f.workingDays')} rules={[{ required: true, type: 'integer', min: 1, max: 250, message: t('cmp.task.needDays') }]}>
        <InputNumber min={1} max={250} style={{ width: 80 }} data-testid="task-days" />
      </Form.Item>
      <Form.Item><Typography.Text type="secondary" data-testid="task-deadline">{deadline ? t('cmp.task.deadlineIs', { day: deadline }) : ''}</Typography.Text></Form.Item>
      <Form.Item><Button type="primary" onClick={() => void submit()} data-testid="task-add">{t('cmp.task.add')}</Button></Form.Item>
      {error && <Alert type="error" showIcon title={error} style={{ width: '100%' }} data-testid="task-error" />}
    </Form>
  );
}

/**
 * Tasks per unit with deadlines in working days (the calendar of the 疑难件 work): where each
 * stands today, overdue ones in red, done (on time or late) and cancelled; 办结 and 撤销 here.
 */
export function TasksPanel({ c, tasks, cal }: { c: Campaign; tasks: CampaignTask[]; cal: WorkCalendar }) {
  const t = useT();
  const { message } = App.useApp();
  const me = useCampaignUi((s) => s.me);
  const [cancelling, setCancelling] = useState<CampaignTask | null>(null);
  const [reason, setReason] = useState('');
  const day = today();
  const titles = useMemo(() => new Map(c.problems.map((p) => [p.id, p.title])), [c.problems]);
  const rows = useMemo<Row[]>(() => {
    const st = taskStandings(cal, tasks, day);
    return tasks.map((x) => {
    const s = st.get(x.id)!;
    return { ...x, standing: s.standing, left: s.workingDaysLeft, problem: x.problemId ? titles.get(x.problemId) ?? x.problemId : t('cmp.task.wholeCampaign') };
    });
  }, [tasks, cal, day, titles, t]);
  const overdue = rows.filter((r) => r.standing === 'overdue').length;
  const editable = c.status !== '完成';
  const a = () => ({ by: me || t('cmp.defaultActor'), now: Date.now() });
  const complete = async (x: CampaignTask): Promise<void> => {
    try { await saveTaskChange(completeTask(c, x, a())); } catch (e) { message.error(e instanceof Error ? e.message : String(e)); }
  };
  const cancel = async (): Promise<void> => {
    if (!cancelling) return;
    try { await saveTaskChange(cancelTask(c, cancelling, a(), reason)); setCancelling(null); } catch (e) { message.error(e instanceof Error ? e.message : String(e)); }
  };

  const str = (k: 'unit' | 'problem' | 'title' | 'assignedOn' | 'deadline') => (x: Row, y: Row) => zhCompare(x[k], y[k]);
  const cols = useMemo<VColumn<Row>[]>(() => [
    { key: 'unit', title: t('cmp.f.unit'), width: 150, render: (r) => r.unit, tip: (r) => r.unit, compare: str('unit') },
    { key: 'problem', title: t('cmp.f.problem'), width: 120, render: (r) => r.problem, tip: (r) => r.problem, compare: str('problem') },
    { key: 'title', title: t('cmp.f.taskTitle'), flex: 1, minWidth: 164, render: (r) => r.title, tip: (r) => r.title, compare: str('title') },
    { key: 'assignedOn', title: t('cmp.f.assignedOn'), width: 110, render: (r) => r.assignedOn, compare: str('assignedOn') },
    { key: 'workingDays', title: t('cmp.f.workingDays'), width: 116, align: 'right', render: (r) => r.workingDays, compare: (x, y) => x.workingDays - y.workingDays },
    { key: 'deadline', title: t('cmp.f.deadline'), width: 100, render: (r) => r.deadline, compare: str('deadline') },
    {
      // Plain elements in cells (no antd components): a page of them renders in a few ms.
      key: 'standing', title: t('cmp.f.standing'), width: 96, compare: (x, y) => (x.standing < y.standing ? -1 : x.standing > y.standing ? 1 : 0),
      render: (r) => <span className={`campaign-standing campaign-standing-${r.standing}`} data-testid={`standing-${r.standing}`}>{standingLabel(r.standing, t)}</span>,
    },
    { key: 'left', title: t('cmp.f.daysLeft'), width: 90, align: 'right', render: (r) => (r.left === null ? '' : r.left), compare: (x, y) => (x.left ?? 1e9) - (y.left ?? 1e9) },
    { key: 'doneOn', title: t('cmp.f.doneOn'), width: 100, render: (r) => r.doneOn ?? '' },
    {
      key: 'actions', title: '', width: 104,
      render: (r) => (r.state === 'open' && editable ? (
        <span className="campaign-cell-actions">
          <a role="button" tabIndex={0} onClick={() => void complete(r)} onKeyDown={(e) => { if (e.key === 'Enter') void complete(r); }} data-testid="task-complete">{t('cmp.task.complete')}</a>
          <a role="button" tabIndex={0} className="campaign-danger" onClick={() => { setCancelling(r); setReason(''); }} onKeyDown={(e) => { if (e.key === 'Enter') { setCancelling(r); setReason(''); } }} data-testid="task-cancel">{t('cmp.task.cancel')}</a>
        </span>
      ) : null),
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
  ], [t, editable, c]);

  return (
    <div data-testid="tasks-panel">
      {(c.status === '筹备' || c.status === '实施') && <Later fallback={<div style={{ height: 40 }} />}><AddTask c={c} cal={cal} onDone={() => message.success(t('cmp.task.added'))} /></Later>}
      <Space style={{ margin: '4px 0 8px' }}>
        <Typography.Text data-testid="task-summary">{t('cmp.task.summary', { n: rows.length, open: rows.filter((r) => r.state === 'open').length })}</Typography.Text>
        {overdue > 0 && <Tag color="red" data-testid="task-overdue-count">{t('cmp.list.overdue', { n: overdue })}</Tag>}
      </Space>
      <VirtualTable<Row> rows={rows} columns={cols} height={440} testId="tasks-grid" empty={t('cmp.task.none')}
        rowClass={(r) => (r.standing === 'overdue' ? 'campaign-row-overdue' : undefined)} />
      <Modal open={cancelling !== null} title={t('cmp.task.cancelTitle', { title: cancelling?.title ?? '' })} onCancel={() => setCancelling(null)} onOk={() => void cancel()} okButtonProps={{ disabled: !reason.trim() }}>
        <Input.TextArea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('cmp.task.cancelReason')} data-testid="task-cancel-reason" />
      </Modal>
    </div>
  );
}
