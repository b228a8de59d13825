import { Button, Card, Progress, Space, Statistic, Typography } from 'antd';
import type { ImportProgress } from '@renderer/engine/api';
import { useT } from '@renderer/i18n';
import { PHASE_LABELS } from './import-phases';

/** The running import: phase, bytes, rows, rows per second and 取消. */
export function ImportProgressPanel({ progress, onCancel, cancelling }: { progress: ImportProgress | null; onCancel(): void; cancelling: boolean }) {
  const t = useT();
  const pct = progress && progress.bytesTotal > 0 ? Math.min(99, Math.floor((progress.bytesRead / progress.bytesTotal) * 100)) : 0;
  return (
    <Card size="small" title={t('import.progress.title')} data-testid="import-progress">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text>
          {progress ? t('import.progress.phaseFile', { phase: t(PHASE_LABELS[progress.phase]), file: progress.fileName }) : t('import.progress.preparing')}
        </Typography.Text>
        <Progress percent={progress?.phase === 'done' ? 100 : pct} status="active" />
        <Space size="large">
          <Statistic title={t('import.progress.rows')} value={progress?.rows ?? 0} />
          <Statistic title={t('import.progress.speed')} value={Math.round(progress?.rowsPerSecond ?? 0)} />
          <Statistic title={t('import.progress.phase')} value={progress ? t(PHASE_LABELS[progress.phase]) : '—'} />
        </Space>
        <Space>
          <Button danger onClick={onCancel} loading={cancelling} data-testid="import-cancel">{t('import.progress.cancel')}</Button>
          <Typography.Text type="secondary">{t('import.progress.cancelHint')}</Typography.Text>
        </Space>
      </Space>
    </Card>
  );
}
