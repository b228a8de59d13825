import { App as AntApp, ConfigProvider } from 'antd';
import { useEffect, useLayoutEffect } from 'react';
import { commandRegistry } from '@renderer/commands';
import { installShortcuts } from '@renderer/commands/shortcuts';
import { t, useLocale } from '@renderer/i18n';
import { ANTD_LOCALES, applyDayjsLocale } from '@renderer/i18n/antd-locale';
import { antdTheme, cssVariables, useThemeMode } from '@renderer/theme';
import { registerShellCommands } from './app-commands';
import { AppShell } from './AppShell';
import { FeedbackBridge, showError } from './feedback';

/** The root: antd locale and theme, CSS variables for the theme, shell commands and shortcuts. */
export function App() {
  const mode = useThemeMode();
  const locale = useLocale();

  useLayoutEffect(() => {
    const root = document.documentElement;
    for (const [k, v] of Object.entries(cssVariables(mode))) root.style.setProperty(k, v);
    root.dataset.theme = mode;
    root.style.colorScheme = mode;
  }, [mode]);

  useEffect(() => {
    document.documentElement.lang = locale;
    applyDayjsLocale(locale);
  }, [locale]);

  useEffect(() => {
    commandRegistry.setErrorHandler((error) => {
      showError(t('error.unexpected', { message: error instanceof Error ? error.message : String(error) }));
    });
    const unregister = registerShellCommands();
    const uninstall = installShortcuts(window);
    return () => { uninstall(); unregister(); };
  }, []);

  return (
    <ConfigProvider locale={ANTD_LOCALES[locale]} theme={antdTheme(mode)}>
      <AntApp>
        <FeedbackBridge />
        <AppShell />
      </AntApp>
    </ConfigProvider>
  );
}
