import { useRef, useState } from 'react';
import { Button, Dropdown, Modal, Progress, Typography, message } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useCan } from '@renderer/app/session';
import { appendAudit } from '@renderer/db/audit';
import { platform } from '@renderer/platform';
import { exportColumns } from './grid-columns';
import { exportFileName, exportView, type ExportFormat } from './export-view';
import { currentQuery, useTicketsStore } from './tickets-store';

type Running = { done: number; total: number; format: ExportFormat };

/** 导出 the current view (filters, search, sort, visible columns) to CSV or Excel. */
export function ExportMenu() {
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
      if (!saved.saved) void message.info('已取消保存');
      else void message.success(`已导出 ${res.rows.toLocaleString('zh-CN')} 条工单：${name}`);
    } catch (e) {
      if (ac.signal.aborted) void message.info('已取消导出');
      else void message.error(`导出失败：${e instanceof Error ? e.message : String(e)}。请缩小筛选范围或改用 CSV 后重试。`);
    } finally {
      setRunning(null);
      abortRef.current = null;
    }
  };

  const items = [
    { key: 'csv', label: '导出 CSV（个人信息脱敏）' },
    { key: 'xlsx', label: '导出 Excel（个人信息脱敏）' },
    ...(canUnmask ? [
      { type: 'divider' as const },
      { key: 'csv-plain', label: '导出 CSV（含明文，将记入审计日志）' },
      { key: 'xlsx-plain', label: '导出 Excel（含明文，将记入审计日志）' },
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
                title: '导出含明文个人信息的文件？',
                content: '文件将包含来电人姓名、联系电话等明文信息，本次导出会记入审计日志。请妥善保管导出的文件。',
                okText: '确认导出',
                cancelText: '取消',
                onOk: () => void run(format, true),
              });
            } else void run(format, false);
          },
        }}
      >
        <Button icon={<DownloadOutlined />} loading={running !== null} data-testid="export-button">导出</Button>
      </Dropdown>
      <Modal
        open={running !== null}
        title={`正在导出${running?.format === 'xlsx' ? ' Excel' : ' CSV'}`}
        closable={false}
        mask={{ closable: false }}
        footer={<Button onClick={() => abortRef.current?.abort()}>取消</Button>}
      >
        <Progress percent={running && running.total ? Math.floor((running.done / running.total) * 100) : 0} />
        <Typography.Text type="secondary">
          已处理 {running?.done.toLocaleString('zh-CN') ?? 0} ／ {running?.total.toLocaleString('zh-CN') ?? 0} 条
        </Typography.Text>
      </Modal>
    </>
  );
}
