import { useEffect, useState } from 'react';
import { Alert, Button, Descriptions, Drawer, Empty, Space, Spin, Table, Tag, Timeline, Tooltip, Typography, message } from 'antd';
import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { maskFreeText } from '@core/data/masking';
import { TICKET_COLUMNS } from '@core/data/tickets/columns';
import type { Ticket } from '@core/data/tickets/ticket';
import { formatLocal } from '@core/base/time/shanghai';
import { useCan } from '@renderer/app/session';
import { db } from '@renderer/db';
import { appendAudit } from '@renderer/db/audit';
import { getEngine } from '@renderer/engine/client';
import { t as translateNow, useT } from '@renderer/i18n';
import type { TicketDetail } from '@renderer/engine/api';
import { maskCell } from './cell-format';
import { columnHeader } from './grid-columns';
import { actionColor, flowSteps, formatDuration } from './flow-steps';
import { useTicketsStore } from './tickets-store';

type CaseLink = { id: string; title: string; status: string };

const fmtTime = (t: number | null | undefined): string => (t === null || t === undefined || !Number.isFinite(t) ? '' : formatLocal(t));

/** The value of a ticket field as shown: times formatted, personal data masked unless `plain`. */
function fieldText(t: Ticket, key: keyof Ticket, plain: boolean): string {
  const v = t[key];
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return key === 'rejectCount' || key === 'reopenCount' ? String(v) : fmtTime(v);
  if (typeof v !== 'string') return '';
  return plain ? v : maskCell(key, v);
}

const LONG = new Set(['content', 'reply', 'address', 'category']);

/** The ticket detail drawer: fields, flow timeline, import history, chronic cases. */
export function TicketDrawer() {
  const tr = useT();
  const id = useTicketsStore((s) => s.drawerId);
  const close = () => useTicketsStore.getState().openDrawer(null);
  const canUnmask = useCan('unmask');
  const [detail, setDetail] = useState<TicketDetail | null | undefined>(undefined);
  const [plain, setPlain] = useState(false);

  useEffect(() => {
    setPlain(false);
    setDetail(undefined);
    if (!id) return;
    let alive = true;
    getEngine().ticket(id).then(
      (d) => { if (alive) setDetail(d); },
      (e: unknown) => { if (alive) { setDetail(null); void message.error(translateNow('tickets.drawer.readFailed', { id, error: String(e) })); } },
    );
    return () => { alive = false; };
  }, [id]);

  const cases = useLiveQuery(async (): Promise<CaseLink[]> => {
    if (!id) return [];
    const rows = await db.cases.filter((c) => Array.isArray(c.tickets) && (c.tickets as unknown[]).includes(id)).toArray();
    return rows.map((c) => ({ id: String(c.id), title: String(c.title ?? c.id), status: String(c.status ?? '') }));
  }, [id]);

  const unmask = async () => {
    if (!id || !canUnmask) return;
    try {
      await appendAudit({ action: 'unmask', target: `ticket:${id}`, detail: { fields: ['callerName', 'callerPhone', 'content', 'reply', 'address', 'extra'] } });
      setPlain(true);
    } catch (e) {
      void message.error(translateNow('tickets.drawer.auditFailed', { error: String(e) }));
    }
  };

  const t = detail?.ticket;
  return (
    <Drawer
      open={id !== null}
      onClose={close}
      size={760}
      title={
        <Space>
          <span>{tr('tickets.drawer.title', { id: id ?? '' })}</span>
          {t?.status && <Tag color={t.status === '已办结' ? 'green' : t.status === '已退单' || t.status === '重办中' ? 'red' : 'blue'}>{t.status}</Tag>}
        </Space>
      }
      extra={
        plain ? (
          <Button icon={<EyeInvisibleOutlined />} onClick={() => setPlain(false)}>{tr('tickets.drawer.remask')}</Button>
        ) : (
          <Tooltip title={tr(canUnmask ? 'tickets.drawer.unmaskHint' : 'tickets.drawer.unmaskDenied')}>
            <Button icon={<EyeOutlined />} disabled={!canUnmask || !t} onClick={() => void unmask()} data-testid="unmask-button">{tr('tickets.drawer.unmask')}</Button>
          </Tooltip>
        )
      }
      destroyOnHidden
      data-testid="ticket-drawer"
    >
      {detail === undefined && <Spin />}
      {detail === null && <Empty description={tr('tickets.drawer.notFound')} />}
      {t && detail && (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          {plain && <Alert type="warning" showIcon title={tr('tickets.drawer.plainWarning')} />}
          {cases && cases.length > 0 && (
            <Alert
              type="info"
              showIcon
              title={
                <Space wrap>
                  <span>{tr('tickets.drawer.chronic')}</span>
                  {cases.map((c) => (
                    <a key={c.id} href={`#/chronic?case=${encodeURIComponent(c.id)}`} data-testid="case-link">
                      {c.title}{c.status && `（${c.status}）`}
                    </a>
                  ))}
                </Space>
              }
            />
          )}
          <Descriptions bordered size="small" column={2} title={tr('tickets.drawer.fields')} data-testid="ticket-fields">
            {TICKET_COLUMNS.map((c) => (
              <Descriptions.Item key={c.key} label={columnHeader(c.key, c.header, tr)} span={LONG.has(c.key) ? 2 : 1}>
                <span data-testid={`field-${c.key}`} style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{fieldText(t, c.key, plain)}</span>
              </Descriptions.Item>
            ))}
          </Descriptions>
          {Object.keys(t.extra).length > 0 && (
            <Descriptions bordered size="small" column={2} title={tr('tickets.drawer.extra')}>
              {Object.entries(t.extra).map(([k, v]) => (
                <Descriptions.Item key={k} label={k}>{plain ? v : maskCell(`extra:${k}`, v)}</Descriptions.Item>
              ))}
            </Descriptions>
          )}
          <FlowTimeline detail={detail} plain={plain} />
          <ImportHistory detail={detail} />
        </Space>
      )}
    </Drawer>
  );
}

function FlowTimeline({ detail, plain }: { detail: TicketDetail; plain: boolean }) {
  const t = useT();
  const steps = flowSteps(detail.events);
  return (
    <div data-testid="flow-timeline">
      <Typography.Title level={5}>{t('tickets.drawer.flow')}</Typography.Title>
      {steps.length === 0 ? (
        <Typography.Text type="secondary">{t('tickets.drawer.noFlow')}</Typography.Text>
      ) : (
        <Timeline
          items={steps.map(({ event: e, sincePrevious }) => ({
            color: actionColor(e.action),
            content: (
              <div>
                <Space wrap size={6}>
                  <b>{e.action}</b>
                  <Typography.Text type="secondary">{fmtTime(e.at)}</Typography.Text>
                  {sincePrevious !== null && <Tag>{t('tickets.drawer.sincePrevious', { duration: formatDuration(sincePrevious, t) })}</Tag>}
                </Space>
                <div>
                  {e.unit}
                  {e.target && <> → {e.target}</>}
                </div>
                {e.note && <Typography.Text type="secondary">{plain ? e.note : maskFreeText(e.note)}</Typography.Text>}
              </div>
            ),
          }))}
        />
      )}
    </div>
  );
}

const HISTORY_FIELDS: (keyof Ticket)[] = ['status', 'resolved', 'satisfaction', 'exempted'];

function ImportHistory({ detail }: { detail: TicketDetail }) {
  const t = useT();
  return (
    <div data-testid="import-history">
      <Typography.Title level={5}>{t('tickets.drawer.history')}</Typography.Title>
      {detail.history.length === 0 ? (
        <Typography.Text type="secondary">{t('tickets.drawer.noHistory')}</Typography.Text>
      ) : (
        <Table
          size="small"
          pagination={false}
          rowKey={(_, i) => String(i)}
          dataSource={[...detail.history].sort((a, b) => b.at - a.at)}
          columns={[
            { title: t('tickets.drawer.updatedAt'), dataIndex: 'at', render: (v: number) => fmtTime(v), width: 170 },
            { title: t('tickets.drawer.importFile'), dataIndex: 'importName', ellipsis: true },
            ...HISTORY_FIELDS.map((key) => ({
              title: t('tickets.drawer.was', { name: columnHeader(key, key, t) }),
              key,
              render: (_: unknown, h: TicketDetail['history'][number]) => {
                const v = h.previous[key];
                return v === undefined ? <Typography.Text type="secondary">—</Typography.Text> : String(v || t('tickets.drawer.blank'));
              },
            })),
          ]}
        />
      )}
    </div>
  );
}
