import { CloudServerOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { GroupKey } from '@core/assess/dimensions';
import { formatDay } from '@core/assess/period';
import type { IpcOutput } from '@core/ipc/contract';
import { navigate } from '@renderer/app/navigation';
import type { AssessBase } from '@renderer/engine/computations/assess';
import { useFormat, useT } from '@renderer/i18n';
import { platform } from '@renderer/platform';
import { pct, score } from './format';
import { groupKeyLabel, periodText, rateLabel } from './labels';

type Report = IpcOutput<'server:assess'>;
type Row = Report['groups'][number];

const RATES = ['responseRate', 'resolutionRate', 'satisfactionRate', 'closureRate', 'onTimeRate'] as const;

/**
 * 考核 → 服务器: the same assessment (period, grouping, rule set version) computed by the office's
 * PostgreSQL over its full store, through the main process; the report is the one `assess --db`
 * prints. Approved 核减 requests live on this computer and are not applied on the server.
 */
export function ServerAssessPanel({ base }: { base: AssessBase | null }) {
  const t = useT();
  const f = useFormat();
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (!platform.server.available) {
    return <Alert type="info" showIcon title={t('server.browserOnly')} description={t('server.browserOnlyHint')} data-testid="assess-server-browser-only" />;
  }
  if (!base) return null;

  const run = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const rs = base.ruleSet;
      setReport(await platform.server.assess({
        from: formatDay(base.from), to: formatDay(base.to), by: base.by,
        rules: { id: rs.id, version: rs.version, body: rs.body },
      }));
    } catch (e) {
      setReport(null);
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const keyText = (r: Row): string => base.by.map((k) => r.key[k] ?? '').join(' · ');
  const columns = [
    { title: base.by.map((k: GroupKey) => groupKeyLabel(k, t)).join(' · '), key: 'key', render: (_: unknown, r: Row) => keyText(r), width: 240 },
    { title: t('assess.server.rank'), dataIndex: 'rank', width: 70, render: (v: number | null, r: Row) => (v ?? (r.insufficient ? <Tag>{t('assess.server.insufficient')}</Tag> : '—')) },
    { title: t('assess.dispatched'), dataIndex: 'dispatched', width: 90, align: 'right' as const, render: (v: number) => f.number(v) },
    { title: t('assess.evaluated'), dataIndex: 'evaluated', width: 90, align: 'right' as const, render: (v: number) => f.number(v) },
    { title: t('assess.score'), dataIndex: 'score', width: 90, align: 'right' as const, render: (v: number | null) => score(v) },
    ...RATES.map((r) => ({ title: rateLabel(r, t), dataIndex: r, width: 96, align: 'right' as const, render: (v: number | null) => pct(v) })),
  ];

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="assess-server">
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('assess.server.intro', { period: periodText(base, t), rule: base.ruleSet.id, version: base.ruleSet.version })}
        {base.exemptIds.length > 0 ? ` ${t('assess.server.exemptionsLocal', { count: base.exemptIds.length })}` : ''}
      </Typography.Paragraph>
      <Space>
        <Button type="primary" icon={<CloudServerOutlined />} loading={busy} onClick={() => void run()} data-testid="assess-server-run">{t('assess.server.run')}</Button>
        <Button onClick={() => navigate('settings')}>{t('assess.server.settings')}</Button>
      </Space>
      {error ? <Alert type="error" showIcon title={t('assess.server.failed')} description={error} data-testid="assess-server-error" /> : null}
      {report ? (
        <>
          <Alert
            type="success" showIcon data-testid="assess-server-total"
            title={t('assess.server.total', {
              tickets: f.number(report.input.tickets), dispatched: f.number(report.total.dispatched),
              score: score(report.total.score), satisfaction: pct(report.total.satisfactionRate),
            })}
          />
          <Table<Row>
            size="small" rowKey={(r) => keyText(r)} columns={columns} dataSource={report.groups}
            pagination={{ pageSize: 50, showSizeChanger: false }} scroll={{ x: 1100 }} data-testid="assess-server-table"
          />
        </>
      ) : null}
    </Space>
  );
}
