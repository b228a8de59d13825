import { useEffect, useState } from 'react';
import { formatLocal } from '@core/base/time/shanghai';
import { useT } from '@renderer/i18n';
import type { WallData } from '../data/wall-data';
import type { BigScreenPreset } from '../playlist/playlist';

function Clock() {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  return <span className="bs-clock" data-testid="bigscreen-clock">{formatLocal(now).slice(0, 19)}</span>;
}

/** The wall's top strip: office, screen name, the filter context (period, data date, rules, suppression) and the clock. */
export function ScreenHeader({ office, screenName, position, data, preset, paused, refreshing }: {
  office: string; screenName: string; position: string; data: WallData | null; preset: BigScreenPreset; paused: boolean; refreshing: boolean;
}) {
  const t = useT();
  return (
    <header className="bs-header" data-testid="bigscreen-header">
      <div className="bs-title">
        <span className="bs-office">{office}</span>
        <span className="bs-title-line">
          <span className="bs-screen-name" data-testid="bigscreen-screen-name">{screenName}</span>
          <span className="bs-position">{position}{paused ? ` · ${t('bigscreen.paused')}` : ''}</span>
        </span>
      </div>
      <div className="bs-context" data-testid="bigscreen-context">
        {data ? (
          <>
            <span>{t('bigscreen.ctx.period', { month: data.period.month })}</span>
            <span>{t('bigscreen.ctx.asOf', { day: data.period.day })}</span>
            <span>{t('bigscreen.ctx.rules')}</span>
            <span>{t('bigscreen.ctx.min', { min: preset.minCount })}</span>
            <span>{t('bigscreen.ctx.updated', { time: formatLocal(data.computedAt).slice(11, 16) })}{refreshing ? ` · ${t('bigscreen.refreshing')}` : ''}</span>
          </>
        ) : null}
      </div>
      <Clock />
    </header>
  );
}
