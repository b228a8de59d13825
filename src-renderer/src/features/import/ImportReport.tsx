import { Alert, Button, Card, Col, Row, Space, Table, Typography, message, theme } from 'antd';
import { DownloadOutlined, TableOutlined } from '@ant-design/icons';
import { toCsvBytes } from '@core/export/csv';
import { navigate } from '@renderer/app/navigation';
import type { ImportFileOutcome, ImportOutcome } from '@renderer/engine/api';
import { platform } from '@renderer/platform';
import { delimiterLabel, encodingLabel } from './mapping';

/** The import report: per file rows = accepted + rejected + duplicates, merge counts, problems. */
export function ImportReport({ outcome, onAgain }: { outcome: ImportOutcome; onAgain(): void }) {
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="import-report">
      {outcome.cancelled ? (
        <Alert type="warning" showIcon title="已取消导入" description="本机数据没有任何改变，和导入前完全一样。可以重新选择文件再导入。" data-testid="import-cancelled" />
      ) : (
        <Alert
          type="success"
          showIcon
          title="导入完成"
          description={`本机现有工单 ${outcome.stats.tickets.toLocaleString('zh-CN')} 件、流转记录 ${outcome.stats.events.toLocaleString('zh-CN')} 条。`}
        />
      )}
      {!outcome.cancelled && outcome.files.map((f) => <FileReport key={`${f.target}:${f.fileName}`} f={f} />)}
      <Space>
        {!outcome.cancelled && (
          <Button type="primary" icon={<TableOutlined />} onClick={() => navigate('tickets')} data-testid="open-tickets">查看工单</Button>
        )}
        <Button onClick={onAgain}>继续导入其他文件</Button>
      </Space>
    </Space>
  );
}

function FileReport({ f }: { f: ImportFileOutcome }) {
  const isTickets = f.target === 'tickets';
  const exportRejected = async () => {
    const bytes = toCsvBytes(['行号', '列', '值', '原因'], f.rejected.map((r) => [r.row, r.column, r.value, r.reason]));
    try {
      const res = await platform.saveFile(`${f.fileName.replace(/\.[^.]+$/, '')}_未通过校验的行.csv`, bytes, 'text/csv;charset=utf-8');
      if (res.saved) void message.success('已导出未通过校验的行');
    } catch (e) {
      void message.error(`导出失败：${String(e)}。请换一个保存位置后重试。`);
    }
  };
  // Test ids without a suffix belong to the ticket file, so tests read them directly.
  const tid = (name: string) => (isTickets ? `report-${name}` : `report-events-${name}`);
  return (
    <Card size="small" title={`${isTickets ? '工单文件' : '流转记录文件'}：${f.fileName}`} data-testid={`report-file-${f.target}`}>
      {f.refused ? (
        <Alert type="error" showIcon title="整个文件未导入" description={`${f.refused}。请修改文件后重新导入。`} data-testid={tid('refused')} />
      ) : (
        <>
          <Row gutter={[16, 8]}>
            <Col span={6}><Stat title="数据行" testId={tid('rows')} value={f.rows} /></Col>
            <Col span={6}><Stat title="通过校验" testId={tid('accepted')} value={f.accepted} /></Col>
            <Col span={6}><Stat title="未通过校验" testId={tid('rejected')} value={f.rejected.length} danger /></Col>
            <Col span={6}><Stat title="重复（保留首次出现）" testId={tid('duplicates')} value={f.duplicates.length} /></Col>
            <Col span={6}><Stat title="新增" testId={tid('inserted')} value={f.inserted} /></Col>
            <Col span={6}><Stat title="更新" testId={tid('updated')} value={f.updated} /></Col>
            <Col span={6}><Stat title="未变化" testId={tid('unchanged')} value={f.unchanged} /></Col>
            <Col span={6}>
              <Typography.Text type="secondary">编码 / 分隔符</Typography.Text>
              <div style={{ fontSize: 15, marginTop: 6 }}>{encodingLabel(f.encoding)} / {delimiterLabel(f.delimiter)}</div>
            </Col>
          </Row>
          <Typography.Text type="secondary">数据行 = 通过校验 + 未通过校验 + 重复；通过校验 = 新增 + 更新 + 未变化。</Typography.Text>
        </>
      )}
      {f.warnings.length > 0 && (
        <div style={{ marginTop: 8 }} data-testid={tid('warnings')}>
          <b>提示（{f.warnings.length}）</b>
          <ul style={{ margin: '4px 0', paddingLeft: 20, maxHeight: 200, overflowY: 'auto' }}>
            {f.warnings.slice(0, 50).map((w, i) => <li key={i}>{w}</li>)}
          </ul>
          {f.warnings.length > 50 && <Typography.Text type="secondary">另有 {f.warnings.length - 50} 条提示未列出</Typography.Text>}
        </div>
      )}
      {f.rejected.length > 0 && (
        <div style={{ marginTop: 12 }}>
          <Space style={{ marginBottom: 6 }}>
            <b>未通过校验的行</b>
            <Button size="small" icon={<DownloadOutlined />} onClick={() => void exportRejected()} data-testid={tid('export-rejected')}>导出为 CSV</Button>
          </Space>
          <Table
            size="small"
            rowKey={(r) => `${r.row}:${r.column}`}
            dataSource={f.rejected}
            pagination={{ pageSize: 10, showSizeChanger: false, showTotal: (n) => `共 ${n} 行` }}
            columns={[
              { title: '行号', dataIndex: 'row', width: 80 },
              { title: '列', dataIndex: 'column', width: 120 },
              { title: '值', dataIndex: 'value', ellipsis: true },
              { title: '原因', dataIndex: 'reason' },
            ]}
            data-testid={tid('rejected-table')}
          />
        </div>
      )}
      {f.duplicates.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }} ellipsis={{ rows: 2, expandable: true, symbol: '展开' }}>
          重复的行（同一工单编号在前面已出现，以第一次为准）：{f.duplicates.map((d) => `第 ${d.row} 行（${d.id}）`).join('、')}
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
