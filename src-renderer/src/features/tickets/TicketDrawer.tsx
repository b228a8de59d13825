import { useEffect, useState } from 'react';
import { Alert, Button, Descriptions, Drawer, Empty, Space, Spin, Table, Tag, Timeline, Tooltip, Typography, message } from 'antd';
import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { maskFreeText } from '@core/masking';
import { TICKET_COLUMNS } from '@core/tickets/columns';
import type { Ticket } from '@core/tickets/ticket';
import { formatLocal } from '@core/time/shanghai';
import { useCan } from '@renderer/app/session';
import { db } from '@renderer/db';
import { appendAudit } from '@renderer/db/audit';
import { getEngine } from '@renderer/engine/client';
import type { TicketDetail } from '@renderer/engine/api';
import { maskCell } from './cell-format';
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
      (e: unknown) => { if (alive) { setDetail(null); void message.error(`读取工单 ${id} 失败：${String(e)}。请关闭后重试。`); } },
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
      void message.error(`无法记录审计日志，未显示明文：${String(e)}。请重试。`);
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
          <span>工单 {id}</span>
          {t?.status && <Tag color={t.status === '已办结' ? 'green' : t.status === '已退单' || t.status === '重办中' ? 'red' : 'blue'}>{t.status}</Tag>}
        </Space>
      }
      extra={
        plain ? (
          <Button icon={<EyeInvisibleOutlined />} onClick={() => setPlain(false)}>恢复脱敏</Button>
        ) : (
          <Tooltip title={canUnmask ? '显示来电人、电话和诉求内容的明文，此操作将记入审计日志' : '当前角色（督办员）不能查看明文；需要时请由分管领导或系统管理员查看'}>
            <Button icon={<EyeOutlined />} disabled={!canUnmask || !t} onClick={() => void unmask()} data-testid="unmask-button">查看明文</Button>
          </Tooltip>
        )
      }
      destroyOnHidden
      data-testid="ticket-drawer"
    >
      {detail === undefined && <Spin />}
      {detail === null && <Empty description="找不到这件工单，可能已被清空数据或重新导入。请刷新列表。" />}
      {t && detail && (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          {plain && <Alert type="warning" showIcon title="正在显示明文个人信息，已记入审计日志。请勿截屏外传。" />}
          {cases && cases.length > 0 && (
            <Alert
              type="info"
              showIcon
              title={
                <Space wrap>
                  <span>所属疑难件：</span>
                  {cases.map((c) => (
                    <a key={c.id} href={`#/chronic?case=${encodeURIComponent(c.id)}`} data-testid="case-link">
                      {c.title}{c.status && `（${c.status}）`}
                    </a>
                  ))}
                </Space>
              }
            />
          )}
          <Descriptions bordered size="small" column={2} title="工单信息" data-testid="ticket-fields">
            {TICKET_COLUMNS.map((c) => (
              <Descriptions.Item key={c.key} label={c.header} span={LONG.has(c.key) ? 2 : 1}>
                <span data-testid={`field-${c.key}`} style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{fieldText(t, c.key, plain)}</span>
              </Descriptions.Item>
            ))}
          </Descriptions>
          {Object.keys(t.extra).length > 0 && (
            <Descriptions bordered size="small" column={2} title="额外字段">
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
  const steps = flowSteps(detail.events);
  return (
    <div data-testid="flow-timeline">
      <Typography.Title level={5}>流转记录</Typography.Title>
      {steps.length === 0 ? (
        <Typography.Text type="secondary">没有流转记录。导入工单时同时选择流转记录文件，即可在这里看到派单、签收、退单等步骤。</Typography.Text>
      ) : (
        <Timeline
          items={steps.map(({ event: e, sincePrevious }) => ({
            color: actionColor(e.action),
            content: (
              <div>
                <Space wrap size={6}>
                  <b>{e.action}</b>
                  <Typography.Text type="secondary">{fmtTime(e.at)}</Typography.Text>
                  {sincePrevious !== null && <Tag>距上一步 {formatDuration(sincePrevious)}</Tag>}
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

const HISTORY_FIELDS: { key: keyof Ticket; header: string }[] = [
  { key: 'status', header: '办理状态' },
  { key: 'resolved', header: '是否解决' },
  { key: 'satisfaction', header: '满意度' },
  { key: 'exempted', header: '是否核减' },
];

function ImportHistory({ detail }: { detail: TicketDetail }) {
  return (
    <div data-testid="import-history">
      <Typography.Title level={5}>导入历史</Typography.Title>
      {detail.history.length === 0 ? (
        <Typography.Text type="secondary">这件工单导入后没有被更新过。</Typography.Text>
      ) : (
        <Table
          size="small"
          pagination={false}
          rowKey={(_, i) => String(i)}
          dataSource={[...detail.history].sort((a, b) => b.at - a.at)}
          columns={[
            { title: '更新时间', dataIndex: 'at', render: (v: number) => fmtTime(v), width: 170 },
            { title: '导入文件', dataIndex: 'importName', ellipsis: true },
            ...HISTORY_FIELDS.map((f) => ({
              title: `原${f.header}`,
              key: f.key,
              render: (_: unknown, h: TicketDetail['history'][number]) => {
                const v = h.previous[f.key];
                return v === undefined ? <Typography.Text type="secondary">—</Typography.Text> : String(v || '（空）');
              },
            })),
          ]}
        />
      )}
    </div>
  );
}
