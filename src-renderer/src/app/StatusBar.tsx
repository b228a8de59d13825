import { useLiveQuery } from 'dexie-react-hooks';
import { Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { db } from '@renderer/db';
import type { StoreStats } from '@renderer/engine/api';
import { useFormat, useT } from '@renderer/i18n';
import { platform } from '@renderer/platform';
import { THEME_COLORS, useThemeMode } from '@renderer/theme';
import { useEngineStatus } from './startup';

/** The bottom status bar: the engine's state, what the store holds, where the data lives, version. */
export function StatusBar() {
  const t = useT();
  const f = useFormat();
  const mode = useThemeMode();
  const engine = useEngineStatus();
  const stats = useLiveQuery(() => db.meta.get('store')) as StoreStats | undefined;
  const [version, setVersion] = useState('');
  useEffect(() => {
    platform.appInfo().then((i) => setVersion(i.version), () => setVersion(''));
  }, []);

  const colors = THEME_COLORS[mode];
  const dot = engine.state === 'ready' ? colors.success : engine.state === 'error' ? colors.danger : colors.warning;
  const engineText = engine.state === 'ready' ? t('status.engineReady')
    : engine.state === 'error' ? t('status.engineErrorShort') : t('status.engineStarting');

  return (
    <footer className="duban-statusbar" data-testid="status-bar">
      <Tooltip title={engine.state === 'error' ? t('status.engineError', { message: engine.message }) : undefined}>
        <span data-testid="engine-status" data-state={engine.state}>
          <span className="duban-status-dot" style={{ background: dot }} />{engineText}
        </span>
      </Tooltip>
      <span className="duban-num">{stats && stats.tickets > 0 ? t('status.tickets', { count: f.number(stats.tickets) }) : t('status.empty')}</span>
      <span>{t('app.localOnly')}</span>
      <span className="duban-status-spacer" />
      <span>{platform.kind === 'electron' ? t('settings.platform.electron') : t('settings.platform.browser')}</span>
      {version ? <span>{t('status.version', { version })}</span> : null}
    </footer>
  );
}
