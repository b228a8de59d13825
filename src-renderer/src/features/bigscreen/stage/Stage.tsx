import { useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { THEME_COLORS, type ThemeMode } from '@renderer/theme';
import { STAGE_HEIGHT, STAGE_WIDTH, containFit } from './fit';
import { StageContext } from './stage-context';

function useViewport(): { width: number; height: number } {
  const [size, setSize] = useState(() => ({ width: window.innerWidth, height: window.innerHeight }));
  useLayoutEffect(() => {
    const on = (): void => setSize({ width: window.innerWidth, height: window.innerHeight });
    window.addEventListener('resize', on);
    return () => window.removeEventListener('resize', on);
  }, []);
  return size;
}

/**
 * The big screen's stage: a fixed 1920×1080 surface filling the window with contain scaling
 * (a CSS transform; text is rasterised at the wall's resolution, charts get a matching pixel
 * ratio through the context). Letterbox bars take the stage's background.
 */
export function Stage({ mode, minCount, children }: { mode: ThemeMode; minCount: number; children: ReactNode }) {
  const { width, height } = useViewport();
  const fit = containFit(width, height);
  const ctx = useMemo(() => ({ scale: fit.scale, mode, minCount }), [fit.scale, mode, minCount]);
  const c = THEME_COLORS[mode];
  return (
    <div className="bs-viewport" data-theme={mode} style={{ background: mode === 'dark' ? '#070d18' : c.bg }} data-testid="bigscreen-viewport">
      <div
        className={`bs-stage bs-${mode}`}
        data-testid="bigscreen-stage"
        style={{ width: STAGE_WIDTH, height: STAGE_HEIGHT, transform: `translate(${fit.left}px, ${fit.top}px) scale(${fit.scale})` }}
      >
        <StageContext.Provider value={ctx}>{children}</StageContext.Provider>
      </div>
    </div>
  );
}
