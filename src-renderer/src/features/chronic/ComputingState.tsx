import { useEffect, useState } from 'react';
import { Alert, Progress, Spin } from 'antd';
import type { RunProgress } from '@renderer/engine/api';
import { useFormat, useT } from '@renderer/i18n';
import { phaseName } from './labels';

/**
 * An honest busy state for a chronic computation in the engine: what runs, for how long, over
 * how many tickets and, when the engine reports it, which phase and how far. The percentage is
 * of the current phase (phases differ in cost, so no overall estimate is made up).
 */
export function ComputingState({ what, since, tickets, progress = null }: { what: string; since: number | null; tickets: number | null; progress?: RunProgress | null }) {
  const t = useT();
  const fmt = useFormat();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const seconds = since ? Math.max(0, Math.floor((now - since) / 1000)) : 0;
  const size = tickets != null ? t('chronic.computing.size', { count: fmt.number(tickets) }) : t('chronic.computing.sizeAll');
  const percent = progress && progress.total > 0 ? Math.min(100, Math.floor((progress.done / progress.total) * 100)) : 0;
  return (
    <Alert type="info" style={{ marginBottom: 12 }} data-testid="chronic-computing"
      icon={<Spin size="small" />} showIcon
      message={<span>{what} <span data-testid="chronic-computing-seconds">{t('chronic.computing.elapsed', { seconds: fmt.number(seconds) })}</span></span>}
      description={
        <div>
          {progress && (
            <div data-testid="chronic-progress">
              <span data-testid="chronic-progress-phase">{phaseName(progress.phase, t)}</span>
              {t('chronic.computing.progress', { done: fmt.number(progress.done), total: fmt.number(progress.total) })}
              <Progress percent={percent} size="small" status="active" />
            </div>
          )}
          <div>{t(progress ? 'chronic.computing.hintPhase' : 'chronic.computing.hint', { size })}</div>
        </div>
      } />
  );
}
