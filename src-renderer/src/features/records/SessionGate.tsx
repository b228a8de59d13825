import { useEffect, useState, type ReactNode } from 'react';
import { Alert, Button, Card, Checkbox, Form, Input, Space, Tag } from 'antd';
import { LockOutlined, LogoutOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { ROLES, type Role } from '@core/records/roles';
import { useT } from '@renderer/i18n';
import { addUser, idleMinutes, lock, signIn, signOut, touch, useRecordsSession } from './records-service';
import { useRecordsState, useReport } from './use-records';

/** The first user of an empty office: a 管理 account (more users and roles come after). */
function SetupCard() {
  const t = useT();
  const report = useReport();
  const [busy, setBusy] = useState(false);
  const onFinish = async (v: { id: string; name: string; password: string }) => {
    setBusy(true);
    report(await addUser({ id: v.id ?? '', name: v.name ?? '', roles: ['管理'], password: v.password ?? '' }), t('records.setup.done'));
    setBusy(false);
  };
  return (
    <Card title={t('records.setup.title')} style={{ maxWidth: 560 }} data-testid="records-setup">
      <p>{t('records.setup.lead')}</p>
      <Form layout="vertical" onFinish={(v) => void onFinish(v)}>
        <Form.Item name="id" label={t('records.user.id')}><Input data-testid="setup-id" autoComplete="username" /></Form.Item>
        <Form.Item name="name" label={t('records.user.name')}><Input data-testid="setup-name" /></Form.Item>
        <Form.Item name="password" label={t('records.user.password')} extra={t('records.user.passwordHint')}><Input.Password data-testid="setup-password" autoComplete="new-password" /></Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="setup-ok">{t('records.setup.ok')}</Button>
      </Form>
    </Card>
  );
}

function LoginCard({ lockedId }: { lockedId: string | null }) {
  const t = useT();
  const report = useReport();
  const [busy, setBusy] = useState(false);
  const onFinish = async (v: { id: string; password: string }) => {
    setBusy(true);
    report(await signIn(v.id ?? '', v.password ?? ''), t('records.login.done'));
    setBusy(false);
  };
  return (
    <Card title={lockedId ? t('records.login.lockedTitle') : t('records.login.title')} style={{ maxWidth: 480 }} data-testid="records-login">
      {lockedId && <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('records.login.locked', { id: lockedId })} />}
      <Form layout="vertical" initialValues={{ id: lockedId ?? '' }} onFinish={(v) => void onFinish(v)}>
        <Form.Item name="id" label={t('records.user.id')}><Input data-testid="login-id" autoComplete="username" /></Form.Item>
        <Form.Item name="password" label={t('records.user.password')}><Input.Password data-testid="login-password" autoComplete="current-password" /></Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="login-ok">{t('records.login.ok')}</Button>
      </Form>
    </Card>
  );
}

/** Locks the session after `minutes` without keyboard or pointer input. */
function useIdleLock(active: boolean) {
  useEffect(() => {
    if (!active) return;
    let limit = 10 * 60_000;
    void idleMinutes().then((m) => { limit = m * 60_000; });
    const onInput = () => touch();
    const events = ['keydown', 'pointerdown', 'wheel'] as const;
    for (const e of events) window.addEventListener(e, onInput, { passive: true });
    const timer = setInterval(() => {
      if (Date.now() - useRecordsSession.getState().lastActivity > limit) void lock();
    }, 5_000);
    return () => {
      for (const e of events) window.removeEventListener(e, onInput);
      clearInterval(timer);
    };
  }, [active]);
}

/** Who is signed in, switching user and locking; the page under it only when signed in. */
export function SessionGate({ children }: { children: ReactNode }) {
  const t = useT();
  const state = useRecordsState();
  const { user, lockedId } = useRecordsSession();
  useIdleLock(!!user);
  if (!state) return null;
  if (state.users.length === 0) return <SetupCard />;
  if (!user) return <LoginCard lockedId={lockedId} />;
  return (
    <>
      <div className="records-session" data-testid="records-session">
        <Space wrap>
          <span>{t('records.session.user')}<b data-testid="records-user">{user.name}</b>（{user.id}）</span>
          {user.roles.map((r) => <Tag key={r} color="blue">{r}</Tag>)}
          <Button size="small" icon={<UserSwitchOutlined />} onClick={() => void signOut()} data-testid="records-switch">{t('records.session.switch')}</Button>
          <Button size="small" icon={<LockOutlined />} onClick={() => void lock()} data-testid="records-lock">{t('records.session.lock')}</Button>
          <Button size="small" type="text" icon={<LogoutOutlined />} onClick={() => void signOut()}>{t('records.session.signOut')}</Button>
        </Space>
      </div>
      {children}
    </>
  );
}

/** Role checkboxes (the five roles of issue 14). */
export function RolePicker({ value, onChange }: { value?: Role[]; onChange?: (v: Role[]) => void }) {
  return <Checkbox.Group value={value ?? []} onChange={(v) => onChange?.(v as Role[])} options={ROLES.map((r) => ({ label: r, value: r }))} />;
}
