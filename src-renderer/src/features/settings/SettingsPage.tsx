import { DeleteOutlined, SettingOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Form, Input, Radio, Segmented, Space } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { PageHeader } from '@renderer/app/PageHeader';
import { ROLES, useCan, useSession, type Role } from '@renderer/app/session';
import { runCommand } from '@renderer/commands';
import { db } from '@renderer/db';
import { CalendarSettings } from '@renderer/features/chronic/calendar-settings';
import { ServerSettings } from './ServerSettings';
import type { StoreStats } from '@renderer/engine/api';
import { getEngine } from '@renderer/engine/client';
import { useFormat, useLocaleStore, useT, type Locale } from '@renderer/i18n';
import { platform, type AppInfo } from '@renderer/platform';
import { setThemeMode, useThemeMode, type ThemeMode } from '@renderer/theme';

/** 设置: office name, language, theme, role, data, about. */
export function SettingsPage() {
  const t = useT();
  const f = useFormat();
  const { message, modal } = App.useApp();
  const officeName = useSession((s) => s.officeName);
  const setOfficeName = useSession((s) => s.setOfficeName);
  const role = useSession((s) => s.role);
  const setRole = useSession((s) => s.setRole);
  const locale = useLocaleStore((s) => s.locale);
  const setLocale = useLocaleStore((s) => s.setLocale);
  const mode = useThemeMode();
  const canClear = useCan('clearData');
  const stats = useLiveQuery(() => db.meta.get('store')) as StoreStats | undefined;
  const [office, setOffice] = useState(officeName);
  const [info, setInfo] = useState<AppInfo | null>(null);

  useEffect(() => { setOffice(officeName); }, [officeName]);
  useEffect(() => { platform.appInfo().then(setInfo, () => setInfo(null)); }, []);

  const saveOffice = () => {
    if (office.trim() === officeName) return;
    setOfficeName(office);
    void message.success(t('settings.saved'));
  };

  const confirmClear = () => {
    modal.confirm({
      title: t('settings.clearConfirmTitle'),
      content: t('settings.clearConfirm'),
      okText: t('settings.clearOk'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await getEngine().clear();
          void message.success(t('settings.cleared'));
        } catch (error) {
          void message.error(t('settings.clearFailed', { message: error instanceof Error ? error.message : String(error) }));
        }
      },
    });
  };

  return (
    <div className="duban-page" data-testid="settings-page">
      <PageHeader icon={<SettingOutlined />} title={t('settings.title')} />
      <Space orientation="vertical" size={12} style={{ width: '100%', maxWidth: 860 }}>
        <Card size="small" title={t('settings.general')}>
          <Form layout="horizontal" labelCol={{ flex: '112px' }} wrapperCol={{ flex: 'auto' }} colon={false}>
            <Form.Item label={t('settings.office')} extra={t('settings.officeHint')}>
              <Input
                value={office}
                maxLength={60}
                placeholder={t('settings.officePlaceholder')}
                onChange={(e) => setOffice(e.target.value)}
                onBlur={saveOffice}
                onPressEnter={saveOffice}
                style={{ maxWidth: 420 }}
                data-testid="settings-office"
              />
            </Form.Item>
            <Form.Item label={t('settings.language')}>
              <Segmented<Locale>
                value={locale}
                onChange={setLocale}
                options={[{ value: 'zh-CN', label: '简体中文' }, { value: 'en', label: 'English' }]}
                data-testid="settings-language"
              />
            </Form.Item>
            <Form.Item label={t('settings.theme')} style={{ marginBottom: 0 }}>
              <Segmented<ThemeMode>
                value={mode}
                onChange={setThemeMode}
                options={[{ value: 'light', label: t('theme.light') }, { value: 'dark', label: t('theme.dark') }]}
                data-testid="settings-theme"
              />
            </Form.Item>
          </Form>
        </Card>

        <Card size="small" title={t('settings.role')}>
          <Radio.Group value={role} onChange={(e) => setRole(e.target.value as Role)} data-testid="settings-role">
            <Space orientation="vertical" size={8}>
              {ROLES.map((r) => (
                <Radio value={r} key={r}>
                  <span style={{ fontWeight: 600 }}>{t(`role.${r}`)}</span>
                  <span style={{ color: 'var(--duban-text-secondary)', marginLeft: 8 }}>{t(`role.${r}.desc`)}</span>
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Card>

        <Card size="small" title={t('settings.data')}>
          <Space orientation="vertical" size={10}>
            <span className="duban-num">
              {t('settings.dataHint', { tickets: f.number(stats?.tickets ?? 0), events: f.number(stats?.events ?? 0) })}
            </span>
            <Space wrap>
              <Button onClick={() => void runCommand('nav.import')}>{t('cmd.import')}</Button>
              <Button onClick={() => void runCommand('nav.welcome')}>{t('cmd.loadDemo')}</Button>
              <Button danger icon={<DeleteOutlined />} disabled={!canClear || !stats?.tickets} onClick={confirmClear} data-testid="settings-clear">
                {t('settings.clear')}
              </Button>
            </Space>
          </Space>
        </Card>

        <CalendarSettings />

        <ServerSettings />

        <Card size="small" title={t('settings.about')}>
          <Descriptions
            size="small"
            column={1}
            styles={{ label: { width: 112 } }}
            items={[
              { key: 'version', label: t('settings.version'), children: info ? `${info.name} ${info.version}` : '—' },
              {
                key: 'platform',
                label: t('settings.platform'),
                children: `${platform.kind === 'electron' ? t('settings.platform.electron') : t('settings.platform.browser')}${
                  info?.electron ? ` · Electron ${info.electron}` : ''}${info?.chrome ? ` · Chromium ${info.chrome}` : ''}`,
              },
              ...(info?.dataDir ? [{ key: 'dataDir', label: t('settings.dataDir'), children: info.dataDir }] : []),
              {
                key: 'shortcuts',
                label: t('cmd.shortcuts'),
                children: <Button size="small" onClick={() => void runCommand('help.shortcuts')}>F1</Button>,
              },
            ]}
          />
        </Card>
      </Space>
    </div>
  );
}
