import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Alert, App, Button, Descriptions, Drawer, Input, Space, Table, Tag, Timeline } from 'antd';
import type { Whistle } from '@core/campaigns/whistle';
import { useFormat, useT, type MessageKey } from '@renderer/i18n';
import { closeWhistleRecord, recordReportIn, whistleHistory } from './whistle-repo';
import { fromLocalInput, REASON_KEYS, toLocalInput, TYPE_KEYS, whistleRow, type UnitReport } from './whistle-view';

const STATUS_COLOR = { onTime: 'green', late: 'orange', missing: 'red', waiting: 'blue' } as const;

/** One whistle: its facts, report-in per summoned unit (登记报到), closing with an outcome (办结), and its audit trail. */
export function WhistleDrawer({ whistle, onClose }: { whistle: Whistle | null; onClose(): void }) {
  const t = useT();
  const f = useFormat();
  const { message } = App.useApp();
  const history = useLiveQuery(() => (whistle ? whistleHistory(whistle.id) : Promise.resolve([])), [whistle]);
  const [reporting, setReporting] = useState<{ unit: string; at: string; note: string } | null>(null);
  const [closing, setClosing] = useState<{ outcome: string; at: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!whistle) return <Drawer open={false} onClose={onClose} />;
  const row = whistleRow(whistle, Date.now());
  const closed = whistle.closedAt !== null;

  const run = async (op: () => Promise<unknown>, done: string): Promise<boolean> => {
    try { await op(); setError(null); void message.success(done); return true; } catch (e) { setError(e instanceof Error ? e.message : String(e)); return false; }
  };
  const saveReport = async (): Promise<void> => {
    if (!reporting) return;
    const at = fromLocalInput(reporting.at);
    if (!Number.isFinite(at)) { setError(t('whistles.report.atRequired')); return; }
    if (await run(() => recordReportIn(whistle.id, reporting.unit, at, reporting.note), t('whistles.report.done', { unit: reporting.unit }))) setReporting(null);
  };
  const saveClose = async (): Promise<void> => {
    if (!closing) return;
    const at = fromLocalInput(closing.at);
    if (!Number.isFinite(at)) { setError(t('whistles.close.atRequired')); return; }
    if (!closing.outcome.trim()) { setError(t('whistles.close.outcomeRequired')); return; }
    if (await run(() => closeWhistleRecord(whistle.id, closing.outcome, at), t('whistles.close.done'))) setClosing(null);
  };

  return (
    <Drawer open width={720} onClose={() => { setReporting(null); setClosing(null); setError(null); onClose(); }} title={t('whistles.drawer.title', { id: whistle.id })} data-testid="whistle-drawer"
      extra={closed ? <Tag>{t('whistles.state.closed')}</Tag> : (
        <Button type="primary" data-testid="whistle-close-open" onClick={() => { setClosing({ outcome: '', at: toLocalInput(Math.max(Date.now(), whistle.at)) }); setError(null); }}>{t('whistles.close.button')}</Button>
      )}>
      <Descriptions size="small" column={2} bordered items={[
        { key: 'street', label: t('whistles.col.street'), children: whistle.street },
        { key: 'type', label: t('whistles.col.type'), children: t(`whistles.type.${TYPE_KEYS[whistle.type]}` as MessageKey) },
        { key: 'reason', label: t('whistles.col.reason'), span: 2, children: t(`whistles.reason.${REASON_KEYS[whistle.reason]}` as MessageKey) },
        { key: 'matter', label: t('whistles.col.matter'), span: 2, children: whistle.matter },
        { key: 'at', label: t('whistles.col.at'), children: f.dateTime(whistle.at) },
        { key: 'deadline', label: t('whistles.col.deadline'), children: f.dateTime(whistle.deadline) },
        { key: 'by', label: t('whistles.col.by'), children: whistle.by },
        { key: 'campaign', label: t('whistles.col.campaign'), children: whistle.campaignId ?? '—' },
        ...(closed ? [{ key: 'outcome', label: t('whistles.col.outcome'), span: 2, children: `${whistle.outcome ?? ''}（${f.dateTime(whistle.closedAt)}）` }] : []),
      ]} />
      {error ? <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} data-testid="whistle-drawer-error" /> : null}
      {closing ? (
        <Space direction="vertical" style={{ width: '100%', marginTop: 12 }} data-testid="whistle-close-form">
          <Input.TextArea rows={2} aria-label={t('whistles.col.outcome')} placeholder={t('whistles.close.placeholder')} value={closing.outcome} onChange={(e) => setClosing({ ...closing, outcome: e.target.value })} />
          <Space>
            {t('whistles.close.at')}
            <Input type="datetime-local" aria-label={t('whistles.close.at')} value={closing.at} onChange={(e) => setClosing({ ...closing, at: e.target.value })} style={{ width: 200 }} />
            <Button type="primary" onClick={() => void saveClose()} data-testid="whistle-close-save">{t('whistles.close.save')}</Button>
            <Button onClick={() => setClosing(null)}>{t('whistles.cancel')}</Button>
          </Space>
        </Space>
      ) : null}
      <h3 className="duban-subheading">{t('whistles.drawer.reportIns', { done: row.onTime + row.late, total: row.units.length })}</h3>
      <Table<UnitReport> size="small" rowKey="unit" pagination={false} dataSource={row.units} data-testid="whistle-units" columns={[
        { key: 'unit', title: t('whistles.report.unit'), dataIndex: 'unit' },
        { key: 'at', title: t('whistles.report.at'), render: (_, u) => (u.at === null ? '—' : f.dateTime(u.at)) },
        { key: 'status', title: t('whistles.report.status'), render: (_, u) => <Tag color={STATUS_COLOR[u.status]}>{t(`whistles.report.${u.status}` as MessageKey)}</Tag> },
        { key: 'note', title: t('whistles.report.note'), dataIndex: 'note' },
        {
          key: 'action', title: '', width: 110,
          render: (_, u) => (u.at === null && !closed ? (
            <Button size="small" data-testid="whistle-report-open" onClick={() => { setReporting({ unit: u.unit, at: toLocalInput(Math.max(Date.now(), whistle.at)), note: '' }); setError(null); }}>{t('whistles.report.button')}</Button>
          ) : null),
        },
      ]} />
      {reporting ? (
        <Space wrap style={{ marginTop: 8 }} data-testid="whistle-report-form">
          <b>{reporting.unit}</b>
          <Input type="datetime-local" aria-label={t('whistles.report.at')} value={reporting.at} onChange={(e) => setReporting({ ...reporting, at: e.target.value })} style={{ width: 200 }} />
          <Input aria-label={t('whistles.report.note')} placeholder={t('whistles.report.notePlaceholder')} value={reporting.note} onChange={(e) => setReporting({ ...reporting, note: e.target.value })} style={{ width: 200 }} />
          <Button type="primary" onClick={() => void saveReport()} data-testid="whistle-report-save">{t('whistles.report.save')}</Button>
          <Button onClick={() => setReporting(null)}>{t('whistles.cancel')}</Button>
        </Space>
      ) : null}
      <h3 className="duban-subheading">{t('whistles.drawer.history')}</h3>
      {history && history.length === 0 ? <p style={{ color: 'var(--duban-text-secondary)' }}>{t('whistles.drawer.noHistory')}</p> : null}
      <Timeline data-testid="whistle-history" items={(history ?? []).map((e) => ({
        key: e.id, children: `${f.dateTime(e.at)} · ${t(`whistles.audit.${e.action.replace('whistle.', '')}` as MessageKey)}${auditDetail(e.detail)}`,
      }))} />
    </Drawer>
  );
}

function auditDetail(d: unknown): string {
  if (!d || typeof d !== 'object') return '';
  const x = d as Record<string, unknown>;
  if (typeof x.unit === 'string') return `：${x.unit}${x.note ? `（${String(x.note)}）` : ''}`;
  if (typeof x.outcome === 'string') return `：${x.outcome}`;
  return '';
}
