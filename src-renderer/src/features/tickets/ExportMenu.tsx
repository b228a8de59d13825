import { useRef, useState } from 'react';
import { Button, Dropdown, Modal, Progress, Typography, message } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useCan } from '@renderer/app/session';
import { appendAudit } from '@renderer/db/audit';
import { t, useFormat, useT } from '@renderer/i18n';
import { platform } from '@renderer/platform';
import { exportColumns } from './grid-columns';
import { exportFileName, exportView, type ExportFormat } from './export-view';
import { currentQuery, useTicketsStore } from './tickets-store';

type Running = { done: number; total: number; format: ExportFormat };

/** 导出 the current view (filters, search, sort, visible columns) to CSV or Excel. */
export function ExportMenu() {
  const tr = useT();
  const fmt = useFormat();
  const canUnmask = useCan('unmask');
  const [running, setRunning] = useState<Running | null>(null);
  const abortRef = useRef<AbortController | null>(null);

  const run = async (format: ExportFormat, plain: boolean) => {
    const s = useTicketsStore.getState();
    const query = currentQuery(s);
    const columns = exportColumns(s.columns);
    const ac = new AbortController();
    abortRef.current = ac;
    setRunning({ done: 0, total: s.matched ?? 0, format });
    try {
      const res = await exportView({
        query, columns, format, plain, signal: ac.signal,
        onProgress: (done, total) => setRunning({ done, total, format }),
      });
      const name = exportFileName(s.drill?.label, res.extension);
      await appendAudit({
        action: plain ? 'export-plain' : 'export',
        target: 'tickets',
        detail: { format, rows: res.rows, columns: columns.map((c) => c.key), query, plain },
      });
      const saved = await platform.saveFile(name, res.bytes, res.mime);
      if (!saved.saved) void message.info(t('tickets.export.cancelledSave'));
      else void message.success(t('tickets.export.done', { count: fmt.number(res.rows), name }));
    } catch (e) {
      if (ac.signal.aborted) void message.info(t('tickets.export.cancelled'));
      else void message.error(t('tickets.export.failed', { error: e instanceof Error ? e.message : String(e) }));
    } finally {
      setRunning(null);
      abortRef.current = null;
    }
  };

  const items = [
    { key: 'csv', label: tr('tickets.export.csv') },
    { key: 'xlsx', label: tr('tickets.export.xlsx') },
    ...(canUnmask ? [
      { type: 'divider' as const },
      { key: 'csv-plain', label: tr('tickets.export.csvPlain') },
      { key: 'xlsx-plain', label: tr('tickets.export.xlsxPlain') },
    ] : []),
  ];

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items,
          onClick: ({ key }) => {
            const [format, plain] = key.split('-') as [ExportFormat, string | undefined];
            if (plain) {
              Modal.confirm({
                title: tr('tickets.export.plainTitle'),
                content: tr('tickets.export.plainContent'),
                okText: tr('tickets.export.plainOk'),
                cancelText: tr('tickets.cancel'),
                onOk: () => void run(format, true),
              });
            } else void run(format, false);
          },
        }}
      >
        <Button icon={<DownloadOutlined />} loading={running !== null} data-testid="export-button">{tr('tickets.export.button')}</Button>
      </Dropdown>
      <Modal
        open={running !== null}
        title={tr('tickets.export.running', { format: running?.format === 'xlsx' ? 'Excel' : 'CSV' })}
        closable={false}
        mask={{ closable: false }}
        footer={<Button onClick={() => abortRef.current?.abort()}>{tr('tickets.cancel')}</Button>}
      >
        <Progress percent={running && running.total ? Math.floor((running.done / running.total) * 100) : 0} />
        <Typography.Text type="secondary">
          {tr('tickets.export.progress', { done: fmt.number(running?.done ?? 0), total: fmt.number(running?.total ?? 0) })}
        </Typography.Text>
      </Modal>
    </>
  );
}
