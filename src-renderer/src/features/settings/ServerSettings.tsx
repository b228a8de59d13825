import { ApiOutlined, CloudServerOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Segmented, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useFormat, useT } from '@renderer/i18n';
import { platform, type ServerSettings as Settings } from '@renderer/platform';

type Tls = Settings['tls'];
type Outcome = { kind: 'ok'; text: string } | { kind: 'error'; text: string } | null;

/**
 * 设置 → 单位数据库服务器: the connection URL, password and TLS mode, kept by the desktop app's
 * main process (the page sends a password once and never reads it back), and a connection test.
 * The browser build says it needs the desktop app or the CLI.
 */
export function ServerSettings() {
  const t = useT();
  const f = useFormat();
  const { message } = App.useApp();
  const server = platform.server;
  const [url, setUrl] = useState('');
  const [tls, setTls] = useState<Tls>('require');
  const [password, setPassword] = useState('');
  const [hasPassword, setHasPassword] = useState(false);
  const [busy, setBusy] = useState<'save' | 'test' | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  useEffect(() => {
    if (!server.available) return;
    server.settings().then((s) => { setUrl(s.url); setTls(s.tls); setHasPassword(s.hasPassword); }, () => {});
  }, [server]);

  const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

  const save = async (clear = false): Promise<boolean> => {
    if (url.trim() === '') { setOutcome({ kind: 'error', text: t('server.urlRequired') }); return false; }
    setBusy('save');
    try {
      const s = await server.saveSettings({ url, tls, ...(clear ? { password: '' } : password !== '' ? { password } : {}) });
      setUrl(s.url); setTls(s.tls); setHasPassword(s.hasPassword); setPassword('');
      void message.success(t('server.saved'));
      return true;
    } catch (e) {
      setOutcome({ kind: 'error', text: errorText(e) });
      return false;
    } finally {
      setBusy(null);
    }
  };

  const test = async () => {
    if (!(await save())) return;
    setBusy('test');
    setOutcome(null);
    try {
      const r = await server.test();
      setOutcome({ kind: 'ok', text: t('server.ok', { version: r.serverVersion, database: r.database, tickets: f.number(r.tickets), months: r.months }) });
    } catch (e) {
      setOutcome({ kind: 'error', text: errorText(e) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card size="small" title={<Space size={6}><CloudServerOutlined />{t('server.title')}</Space>} data-testid="server-settings">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>{t('server.intro')}</Typography.Paragraph>
      {!server.available ? (
        <Alert type="info" showIcon title={t('server.browserOnly')} description={t('server.browserOnlyHint')} data-testid="server-browser-only" />
      ) : (
        <Form layout="horizontal" labelCol={{ flex: '112px' }} wrapperCol={{ flex: 'auto' }} colon={false} onFinish={() => void test()}>
          <Form.Item label={t('server.url')} extra={t('server.urlHint')}>
            <Input
              value={url}
              onChange={(e) => setUrl(e.target.value)}
              placeholder="postgresql://duban@db.example.gov.cn:5432/duban"
              spellCheck={false}
              style={{ maxWidth: 560 }}
              data-testid="server-url"
            />
          </Form.Item>
          <Form.Item label={t('server.password')} extra={t('server.passwordHint')}>
            <Space wrap>
              <Input.Password
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                placeholder={hasPassword ? t('server.passwordKept') : ''}
                autoComplete="new-password"
                style={{ width: 280 }}
                data-testid="server-password"
              />
              {hasPassword && <Button onClick={() => void save(true)} disabled={busy !== null}>{t('server.clearPassword')}</Button>}
            </Space>
          </Form.Item>
          <Form.Item label={t('server.tls')}>
            <Segmented<Tls>
              value={tls}
              onChange={setTls}
              options={(['off', 'require', 'verify'] as const).map((v) => ({ value: v, label: t(`server.tls.${v}`) }))}
              data-testid="server-tls"
            />
          </Form.Item>
          <Form.Item label=" " style={{ marginBottom: outcome ? 12 : 0 }}>
            <Space>
              <Button onClick={() => void save()} loading={busy === 'save'} disabled={busy === 'test'} data-testid="server-save">{t('server.save')}</Button>
              <Button type="primary" htmlType="submit" icon={<ApiOutlined />} loading={busy === 'test'} disabled={busy === 'save'} data-testid="server-test">
                {busy === 'test' ? t('server.testing') : t('server.test')}
              </Button>
            </Space>
          </Form.Item>
          {outcome && (
            <Alert
              type={outcome.kind === 'ok' ? 'success' : 'error'}
              showIcon
              title={outcome.kind === 'ok' ? outcome.text : t('server.failed')}
              description={outcome.kind === 'error' ? outcome.text : undefined}
              data-testid="server-outcome"
            />
          )}
        </Form>
      )}
    </Card>
  );
}
