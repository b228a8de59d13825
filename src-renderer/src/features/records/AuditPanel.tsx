import { Alert, Button, Space, Table } from 'antd';
import { AUDIT_ACTION_NAMES, verifyAudit, type AuditEntry } from '@core/records/audit';
import { formatLocal } from '@core/base/time/shanghai';
import { useT } from '@renderer/i18n';
import { platform } from '@renderer/platform';
import { exportAuditCsv } from './records-service';
import { useRecordsState, useReport } from './use-records';

/** 审计日志: the hash-chained log of sensitive actions, its integrity, and the CSV export (管理). */
export function AuditPanel() {
  const t = useT();
  const report = useReport();
  const state = useRecordsState();
  const log = state?.audit ?? [];
  const broken = verifyAudit(log);
  const doExport = async () => {
    const o = await exportAuditCsv();
    if (report(o, t('records.audit.exported')) && o.ok) {
      await platform.saveFile(`审计日志-${new Date().toISOString().slice(0, 10)}.csv`, new TextEncoder().encode(`\uFEFF${o.csv}`), 'text/csv');
    }
  };
  return (
    <div data-testid="records-audit">
      <Space style={{ marginBottom: 12 }} wrap>
        <Button onClick={() => void doExport()} data-testid="audit-export">{t('records.audit.export')}</Button>
        {broken
          ? <Alert type="error" showIcon message={t('records.audit.broken', { n: broken.brokenAt + 1, reason: broken.reason })} />
          : <Alert type="success" showIcon message={t('records.audit.intact', { n: log.length })} data-testid="audit-intact" />}
      </Space>
      <Table<AuditEntry> size="small" rowKey="seq" dataSource={[...log].reverse()} pagination={{ pageSize: 20, showSizeChanger: false }} data-testid="audit-table"
        columns={[
          { title: t('records.register.seq'), dataIndex: 'seq', width: 60 },
          { title: t('records.audit.at'), dataIndex: 'at', width: 170, render: (v: number) => formatLocal(v) },
          { title: t('records.audit.actor'), dataIndex: 'actorName', width: 110 },
          { title: t('records.audit.action'), dataIndex: 'action', width: 150, render: (a: AuditEntry['action']) => AUDIT_ACTION_NAMES[a] },
          { title: t('records.audit.target'), dataIndex: 'target', width: 200 },
          { title: t('records.audit.detail'), dataIndex: 'detail' },
          { title: t('records.register.hash'), dataIndex: 'hash', width: 120, render: (h: string) => <code title={h}>{h.slice(0, 10)}…</code> },
        ]} />
    </div>
  );
}
