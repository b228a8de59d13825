import { registerCommands, type Command } from '@renderer/commands';
import { usePaletteStore } from '@renderer/commands/palette-store';
import { t, useLocaleStore } from '@renderer/i18n';
import { platform } from '@renderer/platform';
import { getThemeMode, toggleThemeMode } from '@renderer/theme';
import { NAV_ENTRIES } from './nav-items';
import { navigate } from './navigation';
import { useShellStore } from './shell-store';

/** The shell's own commands: navigation (Alt+1…9), palette, theme, language, printing, help. */
export function shellCommands(): Command[] {
  const nav: Command[] = NAV_ENTRIES.map((entry, i) => ({
    id: `nav.${entry.route}`,
    label: () => t('cmd.goto', { name: t(entry.label) }),
    keys: [`Alt+${i + 1}`],
    section: 'navigation',
    perform: () => navigate(entry.route),
  }));
  return [
    ...nav,
    {
      id: 'nav.import', label: () => t('cmd.import'), keys: ['Ctrl+O'], section: 'data', perform: () => navigate('import'),
    },
    {
      id: 'nav.welcome', label: () => t('cmd.loadDemo'), section: 'data', perform: () => navigate('welcome'),
    },
    {
      id: 'palette.open', label: () => t('cmd.openPalette'), keys: ['Ctrl+K', 'Ctrl+Shift+P'], section: 'view',
      hidden: true, inInputs: true, perform: () => usePaletteStore.getState().toggle(),
    },
    {
      id: 'view.toggleTheme',
      label: () => (getThemeMode() === 'dark' ? t('theme.toLight') : t('theme.toDark')),
      keys: ['Ctrl+Shift+L'], section: 'view', perform: toggleThemeMode,
    },
    {
      id: 'view.toggleSider', label: () => t('cmd.toggleSider'), keys: ['Ctrl+B'], section: 'view',
      perform: () => useShellStore.getState().toggleSider(),
    },
    {
      id: 'view.switchLanguage', label: () => t('cmd.switchLanguage'), section: 'view',
      perform: () => {
        const s = useLocaleStore.getState();
        s.setLocale(s.locale === 'zh-CN' ? 'en' : 'zh-CN');
      },
    },
    {
      id: 'view.print', label: () => t('cmd.print'), keys: ['Ctrl+P'], section: 'view', perform: () => platform.print(),
    },
    {
      id: 'help.shortcuts', label: () => t('cmd.shortcuts'), keys: ['F1'], section: 'help',
      perform: () => useShellStore.getState().setShortcutsOpen(true),
    },
  ];
}

/** Registers the shell's commands; returns the function that removes them. */
export function registerShellCommands(): () => void {
  return registerCommands(shellCommands());
}
