import { Button, Card, Progress, Space, Statistic, Typography } from 'antd';
import type { ImportProgress } from '@renderer/engine/api';
import { PHASE_LABELS } from './import-phases';

/** The running import: phase, bytes, rows, rows per second and 取消. */
export function ImportProgressPanel({ progress, onCancel, cancelling }: { progress: ImportProgress | null; onCancel(): void; cancelling: boolean }) {
  const pct = progress && progress.bytesTotal > 0 ? Math.min(99, Math.floor((progress.bytesRead / progress.bytesTotal) * 100)) : 0;
  return (
    <Card size="small" title="正在导入" data-testid="import-progress">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text>
          {progress ? `${PHASE_LABELS[progress.phase]}：${progress.fileName}` : '准备中…'}
        </Typography.Text>
        <Progress percent={progress?.phase === 'done' ? 100 : pct} status="active" />
        <Space size="large">
          <Statistic title="已处理行数" value={progress?.rows ?? 0} />
          <Statistic title="速度（行/秒）" value={Math.round(progress?.rowsPerSecond ?? 0)} />
          <Statistic title="阶段" value={progress ? PHASE_LABELS[progress.phase] : '—'} />
        </Space>
        <Space>
          <Button danger onClick={onCancel} loading={cancelling} data-testid="import-cancel">取消</Button>
          <Typography.Text type="secondary">取消后，本机数据保持导入前的状态。</Typography.Text>
        </Space>
      </Space>
    </Card>
  );
}
