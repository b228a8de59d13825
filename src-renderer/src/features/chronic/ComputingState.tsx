import { useEffect, useState } from 'react';
import { Alert, Progress, Spin } from 'antd';
import type { RunProgress } from '@renderer/engine/api';
import { CHRONIC_PHASES } from '@renderer/engine/computations/chronic-phases';

/** The Chinese name of a detection phase (unknown phases are shown as reported). */
function phaseName(phase: string): string {
  return (CHRONIC_PHASES as Record<string, string>)[phase] ?? phase;
}

/**
 * An honest busy state for a chronic computation in the engine: what runs, for how long, over
 * how many tickets and, when the engine reports it, which phase and how far. The percentage is
 * of the current phase (phases differ in cost, so no overall estimate is made up).
 */
export function ComputingState({ what, since, tickets, progress = null }: { what: string; since: number | null; tickets: number | null; progress?: RunProgress | null }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  const seconds = since ? Math.max(0, Math.floor((now - since) / 1000)) : 0;
  const size = tickets != null ? `本机工单 ${tickets.toLocaleString('zh-CN')} 张` : '本机全部工单';
  const percent = progress && progress.total > 0 ? Math.min(100, Math.floor((progress.done / progress.total) * 100)) : 0;
  return (
    <Alert type="info" style={{ marginBottom: 12 }} data-testid="chronic-computing"
      icon={<Spin size="small" />} showIcon
      message={<span>{what} <span data-testid="chronic-computing-seconds">已用 {seconds} 秒</span></span>}
      description={
        <div>
          {progress && (
            <div data-testid="chronic-progress">
              <span data-testid="chronic-progress-phase">{phaseName(progress.phase)}</span>
              {`：${progress.done.toLocaleString('zh-CN')} / ${progress.total.toLocaleString('zh-CN')}`}
              <Progress percent={percent} size="small" status="active" />
            </div>
          )}
          <div>{`检测范围：${size}。首次检测需逐张比对，工单越多越久${progress ? '（上方进度为当前阶段的完成比例）' : ''}；完成后结果自动显示在下方，请稍候。`}</div>
        </div>
      } />
  );
}
