import { useEffect, useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, InputNumber, Modal, Space, Switch, Table, Tag } from 'antd';
import type { Role } from '@core/records/roles';
import type { UserAccount } from '@core/records/workflow';
import { formatLocal } from '@core/base/time/shanghai';
import { useT } from '@renderer/i18n';
import { addUser, changeRoles, createKey, idleMinutes, setIdleMinutes, setPassword, setUserActive, unlockKey, useRecordsSession } from './records-service';
import { RolePicker } from './SessionGate';
import { useKeyStatus, useRecordsState, useReport } from './use-records';

function KeyCard() {
  const t = useT();
  const report = useReport();
  const status = useKeyStatus();
  const [pass, setPass] = useState('');
  const [busy, setBusy] = useState(false);
  if (!status) return null;
  const desktop = status.where === 'desktop';
  const run = async (f: () => Promise<{ ok: boolean } & object>, ok: string) => {
    setBusy(true);
    report(await f() as never, ok);
    setBusy(false);
    setPass('');
  };
  return (
    <Card size="small" title={t('records.key.title')} data-testid="records-key">
      <Descriptions size="small" column={1} items={[
        { key: 'where', label: t('records.key.where'), children: desktop ? t('records.key.desktop') : t('records.key.browser') },
        { key: 'fp', label: t('records.key.fingerprint'), children: status.fingerprint ? <code data-testid="key-fingerprint">{status.fingerprint}</code> : t('records.key.none') },
        ...(desktop && status.exists ? [{ key: 'state', label: t('records.key.state'), children: status.unlocked ? <Tag color="green">{t('records.key.unlocked')}</Tag> : <Tag color="orange">{t('records.key.locked')}</Tag> }] : []),
        ...(desktop ? [{ key: 'ring', label: t('records.key.keyring'), children: status.keyring ? t('records.key.keyringYes') : t('records.key.keyringNo') }] : []),
      ]} />
      {!status.exists && (
        <Space style={{ marginTop: 8 }} wrap>
          {desktop && <Input.Password style={{ width: 260 }} placeholder={t('records.key.passphrase')} value={pass} onChange={(e) => setPass(e.target.value)} data-testid="key-passphrase" />}
          <Button type="primary" loading={busy} onClick={() => void run(() => createKey(pass), t('records.key.created'))} data-testid="key-create">{t('records.key.create')}</Button>
        </Space>
      )}
      {desktop && status.exists && !status.unlocked && (
        <Space style={{ marginTop: 8 }} wrap>
          <Input.Password style={{ width: 260 }} placeholder={t('records.key.passphrase')} value={pass} onChange={(e) => setPass(e.target.value)} data-testid="key-passphrase" />
          <Button loading={busy} onClick={() => void run(() => unlockKey(pass), t('records.key.unlockedOk'))} data-testid="key-unlock">{t('records.key.unlock')}</Button>
        </Space>
      )}
      <p className="records-hint">{desktop ? t('records.key.desktopHint') : t('records.key.browserHint')}</p>
    </Card>
  );
}

function IdleCard() {
  const t = useT();
  const report = useReport();
  const [m, setM] = useState<number | null>(null);
  useEffect(() => { void idleMinutes().then(setM); }, []);
  return (
    <Card size="small" title={t('records.idle.title')}>
      <Space>
        <InputNumber min={1} max={240} value={m} onChange={(v) => setM(v)} addonAfter={t('records.idle.minutes')} data-testid="idle-minutes" />
        <Button onClick={() => void setIdleMinutes(m ?? 0).then((o) => report(o, t('records.idle.saved')))}>{t('records.save')}</Button>
      </Space>
      <p className="records-hint">{t('records.idle.hint')}</p>
    </Card>
  );
}

/** 用户与密钥: local users and roles (管理), passwords, the signing key, the idle lock. */
export function UsersPanel() {
  const t = useT();
  const report = useReport();
  const state = useRecordsState();
  const me = useRecordsSession((s) => s.user);
  const [adding, setAdding] = useState(false);
  const [pwFor, setPwFor] = useState<UserAccount | null>(null);
  const [form] = Form.useForm();
  const [pwForm] = Form.useForm();
  const users = state?.users ?? [];
  return (
    <div className="records-grid2">
      <Card size="small" title={t('records.users.title')} extra={<Button type="primary" onClick={() => setAdding(true)} data-testid="user-add">{t('records.users.add')}</Button>}>
        <Table<UserAccount> size="small" rowKey="id" dataSource={users} pagination={false} data-testid="users-table" columns={[
          { title: t('records.user.id'), dataIndex: 'id', width: 110 },
          { title: t('records.user.name'), dataIndex: 'name', width: 110 },
          { title: t('records.user.roles'), dataIndex: 'roles', render: (roles: Role[], u) => (
            <RolePicker value={roles} onChange={(v) => void changeRoles(u.id, v).then((o) => report(o, t('records.users.rolesSaved')))} />
          ) },
          { title: t('records.user.active'), dataIndex: 'active', width: 80, render: (a: boolean, u) => <Switch size="small" checked={a} onChange={(v) => void setUserActive(u.id, v).then((o) => report(o, t('records.users.saved')))} /> },
          { title: t('records.user.created'), dataIndex: 'createdAt', width: 150, render: (v: number) => formatLocal(v) },
          { title: '', width: 90, render: (_: unknown, u) => <Button size="small" type="link" onClick={() => setPwFor(u)}>{t('records.users.password')}</Button> },
        ]} />
        <p className="records-hint">{t('records.users.hint')}</p>
      </Card>
      <Space direction="vertical" style={{ width: '100%' }}>
        <KeyCard />
        <IdleCard />
      </Space>
      <Modal open={adding} title={t('records.users.add')} okText={t('records.users.addOk')} cancelText={t('records.cancel')} onCancel={() => setAdding(false)}
        okButtonProps={{ 'data-testid': 'user-add-ok' } as Record<string, string>}
        onOk={() => void form.validateFields().then(async (v: { id: string; name: string; roles: Role[]; password: string }) => {
          if (report(await addUser({ id: v.id ?? '', name: v.name ?? '', roles: v.roles ?? [], password: v.password ?? '' }), t('records.users.added'))) { setAdding(false); form.resetFields(); }
        })}>
        <Form form={form} layout="vertical">
          <Form.Item name="id" label={t('records.user.id')}><Input data-testid="user-id" /></Form.Item>
          <Form.Item name="name" label={t('records.user.name')} extra={t('records.user.nameHint')}><Input data-testid="user-name" /></Form.Item>
          <Form.Item name="roles" label={t('records.user.roles')}><RolePicker /></Form.Item>
          <Form.Item name="password" label={t('records.user.password')} extra={t('records.user.passwordHint')}><Input.Password data-testid="user-password" autoComplete="new-password" /></Form.Item>
        </Form>
      </Modal>
      <Modal open={!!pwFor} title={t('records.users.passwordOf', { name: pwFor?.name ?? '' })} okText={t('records.save')} cancelText={t('records.cancel')} onCancel={() => setPwFor(null)}
        onOk={() => void pwForm.validateFields().then(async (v: { current?: string; next: string }) => {
          if (!pwFor) return;
          if (report(await setPassword(pwFor.id, pwFor.id === me?.id ? v.current ?? '' : null, v.next ?? ''), t('records.users.passwordSaved'))) { setPwFor(null); pwForm.resetFields(); }
        })}>
        <Form form={pwForm} layout="vertical">
          {pwFor?.id === me?.id && <Form.Item name="current" label={t('records.users.current')}><Input.Password /></Form.Item>}
          <Form.Item name="next" label={t('records.users.next')} extra={t('records.user.passwordHint')}><Input.Password /></Form.Item>
        </Form>
        {pwFor && pwFor.id !== me?.id && <Alert type="info" showIcon message={t('records.users.adminReset')} />}
      </Modal>
    </div>
  );
}
