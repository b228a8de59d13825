import { FundProjectionScreenOutlined } from '@ant-design/icons';
import { Button, Card, Space, Tabs, Typography } from 'antd';
import { PageHeader } from '@renderer/app/PageHeader';
import { formatHash, useRouteParams } from '@renderer/app/router';
import { useT } from '@renderer/i18n';
import { BigScreenShow } from './BigScreenShow';
import { DisplayLauncher } from './settings/DisplayLauncher';
import { PresetEditor } from './settings/PresetEditor';
import { useBigScreenSettings } from './settings/presets-db';
import { ProactiveList } from './proactive/ProactiveList';
import './bigscreen.css';

/** The hash that plays the big screen (in this window, or in the desktop's big-screen window with `window`). */
export function showHash(preset?: string, ownWindow = false): string {
  return formatHash('bigscreen', { show: 1, preset, window: ownWindow ? 1 : undefined });
}

/**
 * 「大屏」: with `?show=1` the wall itself (the shell hides its chrome); otherwise the settings
 * page: presets and playlist, where to play, and the 未诉先办 list.
 */
export function BigScreenPage() {
  const t = useT();
  const params = useRouteParams();
  const settings = useBigScreenSettings();
  if (params.show) return <BigScreenShow presetName={params.preset} start={Number(params.screen ?? 0) || 0} ownWindow={params.window === '1'} />;
  const tab = params.tab === 'proactive' ? 'proactive' : 'screen';
  return (
    <div className="duban-page" data-testid="bigscreen-settings">
      <PageHeader icon={<FundProjectionScreenOutlined />} title={t('nav.bigscreen')} />
      <p className="duban-lead">{t('bigscreen.lead')}</p>
      <Tabs activeKey={tab} onChange={(k) => { window.location.hash = formatHash('bigscreen', { tab: k === 'proactive' ? 'proactive' : undefined }); }} items={[
        {
          key: 'screen', label: t('bigscreen.tab.screen'), children: (
            <div style={{ display: 'grid', gridTemplateColumns: 'minmax(420px, 640px) minmax(320px, 1fr)', gap: 16, alignItems: 'start' }}>
              {settings ? <PresetEditor settings={settings} /> : <Card loading />}
              <Card size="small" title={t('bigscreen.play.title')}>
                <Space direction="vertical" style={{ width: '100%' }}>
                  <Typography.Paragraph style={{ marginBottom: 0 }}>{t('bigscreen.play.keys')}</Typography.Paragraph>
                  <Button type="primary" size="large" icon={<FundProjectionScreenOutlined />} data-testid="bigscreen-start"
                    onClick={() => { window.location.hash = showHash(settings?.active); void document.documentElement.requestFullscreen?.().catch(() => undefined); }}>
                    {t('bigscreen.play.here')}
                  </Button>
                  <DisplayLauncher preset={settings?.active} />
                </Space>
              </Card>
            </div>
          ),
        },
        { key: 'proactive', label: t('bigscreen.tab.proactive'), children: <ProactiveList /> },
      ]} />
    </div>
  );
}
