import { Alert, Button, Card, Col, Row, Space, Table, Typography, message, theme } from 'antd';
import { DownloadOutlined, TableOutlined } from '@ant-design/icons';
import { toCsvBytes } from '@core/data/export/csv';
import { navigate } from '@renderer/app/navigation';
import type { ImportFileOutcome, ImportOutcome } from '@renderer/engine/api';
import { t as translateNow, useFormat, useT } from '@renderer/i18n';
import { useCoreText } from '@renderer/i18n/core-text';
import { platform } from '@renderer/platform';
import { delimiterLabel, encodingLabel } from './mapping';

/** The import report: per file rows = accepted + rejected + duplicates, merge counts, problems. */
export function ImportReport({ outcome, onAgain }: { outcome: ImportOutcome; onAgain(): void }) {
  const t = useT();
  const fmt = useFormat();
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="import-report">
      {outcome.cancelled ? (
        <Alert type="warning" showIcon title={t('import.report.cancelled')} description={t('import.report.cancelledHint')} data-testid="import-cancelled" />
      ) : (
        <Alert
          type="success"
          showIcon
          title={t('import.report.done')}
          description={t('import.report.doneHint', { tickets: fmt.number(outcome.stats.tickets), events: fmt.number(outcome.stats.events) })}
        />
      )}
      {!outcome.cancelled && outcome.files.map((f) => <FileReport key={`${f.target}:${f.fileName}`} f={f} />)}
      <Space>
        {!outcome.cancelled && (
          <Button type="primary" icon={<TableOutlined />} onClick={() => navigate('tickets')} data-testid="open-tickets">{t('import.report.openTickets')}</Button>
        )}
        <Button onClick={onAgain}>{t('import.report.again')}</Button>
      </Space>
    </Space>
  );
}

function FileReport({ f }: { f: ImportFileOutcome }) {
  const t = useT();
  const fmt = useFormat();
  const core = useCoreText();
  const refusal = f.refusal ? core(f.refusal) : f.refused;
  const isTickets = f.target === 'tickets';
  const exportRejected = async () => {
    const bytes = toCsvBytes(['行号', '列', '值', '原因'], f.rejected.map((r) => [r.row, r.column, r.value, r.reason]));
    try {
      const res = await platform.saveFile(`${f.fileName.replace(/\.[^.]+$/, '')}_未通过校验的行.csv`, bytes, 'text/csv;charset=utf-8');
      if (res.saved) void message.success(translateNow('import.report.rejectedSaved'));
    } catch (e) {
      void message.error(translateNow('import.report.exportFailed', { error: String(e) }));
    }
  };
  // Test ids without a suffix belong to the ticket file, so tests read them directly.
  const tid = (name: string) => (isTickets ? `report-${name}` : `report-events-${name}`);
  return (
    <Card size="small" title={t('import.report.fileTitle', { kind: t(isTickets ? 'import.kind.tickets' : 'import.kind.events'), file: f.fileName })} data-testid={`report-file-${f.target}`}>
      {f.refused ? (
        <Alert type="error" showIcon title={t('import.report.refused')} description={t('import.report.refusedHint', { reason: refusal ?? '' })} data-testid={tid('refused')} />
      ) : (
        <>
          <Row gutter={[16, 8]}>
            <Col span={6}><Stat title={t('import.report.rows')} testId={tid('rows')} value={f.rows} /></Col>
            <Col span={6}><Stat title={t('import.report.accepted')} testId={tid('accepted')} value={f.accepted} /></Col>
            <Col span={6}><Stat title={t('import.report.rejected')} testId={tid('rejected')} value={f.rejected.length} danger /></Col>
            <Col span={6}><Stat title={t('import.report.duplicates')} testId={tid('duplicates')} value={f.duplicates.length} /></Col>
            <Col span={6}><Stat title={t('import.report.inserted')} testId={tid('inserted')} value={f.inserted} /></Col>
            <Col span={6}><Stat title={t('import.report.updated')} testId={tid('updated')} value={f.updated} /></Col>
            <Col span={6}><Stat title={t('import.report.unchanged')} testId={tid('unchanged')} value={f.unchanged} /></Col>
            <Col span={6}>
              <Typography.Text type="secondary">{t('import.report.encodingDelimiter')}</Typography.Text>
              <div style={{ fontSize: 15, marginTop: 6 }}>{encodingLabel(f.encoding)} / {delimiterLabel(f.delimiter, t)}</div>
            </Col>
          </Row>
          <Typography.Text type="secondary">{t('import.report.identity')}</Typography.Text>
        </>
      )}
      {f.warnings.length > 0 && (
        <div style={{ marginTop: 8 }} data-testid={tid('warnings')}>
          <b>{t('import.report.warnings', { count: f.warnings.length })}</b>
          <ul style={{ margin: '4px 0', paddingLeft: 20, maxHeight: 200, overflowY: 'auto' }}>
            {f.warnings.slice(0, 50).map((w, i) => {
              const text = core({ code: w.code, params: w.params, text: w.message });
              return <li key={i}>{w.row > 0 ? t('import.report.warningAt', { row: w.row, column: w.column, message: text }) : text}</li>;
            })}
          </ul>
          {f.warnings.length > 50 && <Typography.Text type="secondary">{t('import.report.moreWarnings', { count: f.warnings.length - 50 })}</Typography.Text>}
        </div>
      )}
      {f.rejected.length > 0 && (
        <div style={{ marginTop: 12 }}>
          <Space style={{ marginBottom: 6 }}>
            <b>{t('import.report.rejectedRows')}</b>
            <Button size="small" icon={<DownloadOutlined />} onClick={() => void exportRejected()} data-testid={tid('export-rejected')}>{t('import.report.exportCsv')}</Button>
          </Space>
          <Table
            size="small"
            rowKey={(r) => `${r.row}:${r.column}`}
            dataSource={f.rejected}
            pagination={{ pageSize: 10, showSizeChanger: false, showTotal: (n) => t('import.report.totalRows', { count: fmt.number(n) }) }}
            columns={[
              { title: t('import.report.row'), dataIndex: 'row', width: 80 },
              { title: t('import.report.column'), dataIndex: 'column', width: 120 },
              { title: t('import.report.value'), dataIndex: 'value', ellipsis: true },
              { title: t('import.report.reason'), key: 'reason', render: (_, r) => core({ code: r.code, params: r.params, text: r.reason }) },
            ]}
            data-testid={tid('rejected-table')}
          />
        </div>
      )}
      {f.duplicates.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }} ellipsis={{ rows: 2, expandable: true, symbol: t('import.report.expand') }}>
          {t('import.report.duplicateRows', { rows: f.duplicates.map((d) => t('import.report.duplicateRow', { row: d.row, id: d.id })).join(t('import.preview.listSep')) })}
        </Typography.Paragraph>
      )}
    </Card>
  );
}

/** One count of the report, its number in an element with a test id. */
function Stat({ title, value, testId, danger }: { title: string; value: number; testId: string; danger?: boolean }) {
  const { token } = theme.useToken();
  return (
    <div>
      <Typography.Text type="secondary">{title}</Typography.Text>
      <div style={{ fontSize: 22, fontWeight: 600, color: danger && value > 0 ? token.colorError : undefined }} data-testid={testId}>
        {value}
      </div>
    </div>
  );
}
