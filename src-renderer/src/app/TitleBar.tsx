import { MoonOutlined, QuestionCircleOutlined, SearchOutlined, SunOutlined, TranslationOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Tooltip } from 'antd';
import { formatKeys, runCommand, useCommands } from '@renderer/commands';
import { usePaletteStore } from '@renderer/commands/palette-store';
import { LOCALES, useLocaleStore, useT } from '@renderer/i18n';
import { toggleThemeMode, useThemeMode } from '@renderer/theme';
import { CommandMenus } from './CommandMenus';
import { ROLES, useSession } from './session';

/** The title bar: 督办工作台, the office's name, command search, theme, language and role. */
export function TitleBar() {
  const t = useT();
  const mode = useThemeMode();
  const officeName = useSession((s) => s.officeName);
  const role = useSession((s) => s.role);
  const setRole = useSession((s) => s.setRole);
  const locale = useLocaleStore((s) => s.locale);
  const setLocale = useLocaleStore((s) => s.setLocale);
  const paletteKeys = formatKeys(useCommands().find((c) => c.id === 'palette.open')?.keys);

  return (
    <header className="duban-titlebar" data-testid="title-bar">
      <div className="duban-titlebar-mark" aria-hidden>督</div>
      <div className="duban-titlebar-name">{t('app.title')}</div>
      <div className="duban-titlebar-sep" />
      <div className="duban-titlebar-office" data-testid="office-name">{officeName || t('app.defaultOffice')}</div>
      <CommandMenus />
      <div className="duban-titlebar-spacer" />
      <div className="duban-titlebar-actions">
        <Button
          className="duban-tb-btn duban-tb-search"
          icon={<SearchOutlined />}
          onClick={() => usePaletteStore.getState().setOpen(true)}
          data-testid="open-palette"
          aria-label={t('palette.button')}
        >
          <span className="duban-tb-search-label">{t('palette.button')}</span>
          {paletteKeys[0] ? <kbd>{paletteKeys[0]}</kbd> : null}
        </Button>
        <Tooltip title={mode === 'dark' ? t('theme.toLight') : t('theme.toDark')}>
          <Button
            className="duban-tb-btn"
            icon={mode === 'dark' ? <SunOutlined /> : <MoonOutlined />}
            onClick={toggleThemeMode}
            aria-label={mode === 'dark' ? t('theme.toLight') : t('theme.toDark')}
            data-testid="toggle-theme"
            data-theme-mode={mode}
          />
        </Tooltip>
        <Dropdown
          menu={{
            selectable: true,
            selectedKeys: [locale],
            items: LOCALES.map((l) => ({ key: l, label: l === 'zh-CN' ? '简体中文' : 'English' })),
            onClick: ({ key }) => setLocale(key as (typeof LOCALES)[number]),
          }}
        >
          <Button className="duban-tb-btn" icon={<TranslationOutlined />} data-testid="language-menu">{locale === 'zh-CN' ? '中文' : 'EN'}</Button>
        </Dropdown>
        <Dropdown
          menu={{
            selectable: true,
            selectedKeys: [role],
            items: ROLES.map((r) => ({ key: r, label: t(`role.${r}`) })),
            onClick: ({ key }) => setRole(key as (typeof ROLES)[number]),
          }}
        >
          <Button className="duban-tb-btn" icon={<UserOutlined />} data-testid="role-menu">{t(`role.${role}`)}</Button>
        </Dropdown>
        <Tooltip title={t('cmd.shortcuts')}>
          <Button className="duban-tb-btn" icon={<QuestionCircleOutlined />} onClick={() => void runCommand('help.shortcuts')} aria-label={t('cmd.shortcuts')} />
        </Tooltip>
      </div>
    </header>
  );
}
