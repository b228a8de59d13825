import { App, Button, Card, Empty, Form, Input, Space, Table, Tag, Timeline } from 'antd';
import { decideExemption, requestExemption, type Exemption } from '@core/assess/exemptions';
import { formatLocal } from '@core/base/time/shanghai';
import { useSession, type Role } from '@renderer/app/session';
import { getEngine } from '@renderer/engine/client';
import { useT } from '@renderer/i18n';
import { putExemption } from './assessment-db';
import { exemptionStatusLabel } from './labels';
import { useExemptions } from './use-assess';

// Stored in the exemption's steps (data, not interface text): stays Chinese.
const ROLE_NAMES: Record<Role, string> = { operator: '操作员', leader: '领导', admin: '管理员' };
const STATUS_COLORS: Record<string, string> = { pending: 'processing', approved: 'success', rejected: 'error', withdrawn: 'default' };

/** 核减: units request that a ticket leave the assessment; a supervisor approves or rejects. */
export function ExemptionsPanel() {
  const { message, modal } = App.useApp();
  const t = useT();
  const list = useExemptions();
  const role = useSession((s) => s.role);
  const canDecide = role !== 'operator';
  const [form] = Form.useForm<{ ticket: string; unit: string; reason: string }>();
  const who = ROLE_NAMES[role];

  const submit = async (v: { ticket: string; unit: string; reason: string }): Promise<void> => {
    try {
      const id = v.ticket.trim();
      if (id && !(await getEngine().ticket(id))) throw new Error(t('assess.ex.notFound', { id }));
      const e = requestExemption(list ?? [], { ...v, by: v.unit }, Date.now());
      await putExemption(e);
      form.resetFields();
      void message.success(t('assess.ex.submitted', { id: e.ticket }));
    } catch (err) {
      void message.error(err instanceof Error ? err.message : String(err));
    }
  };

  const decide = (e: Exemption, d: 'approve' | 'reject'): void => {
    let note = '';
    modal.confirm({
      title: t(d === 'approve' ? 'assess.ex.approveTitle' : 'assess.ex.rejectTitle', { id: e.ticket }),
      content: <Input.TextArea rows={3} placeholder={t(d === 'reject' ? 'assess.ex.rejectNote' : 'assess.ex.approveNote')} onChange={(ev) => { note = ev.target.value; }} />,
      okText: t(d === 'approve' ? 'assess.ex.approve' : 'assess.ex.reject'),
      cancelText: t('assess.cancel'),
      onOk: async () => {
        try {
          await putExemption(decideExemption(e, d, who, note, Date.now()));
          void message.success(t(d === 'approve' ? 'assess.ex.approved' : 'assess.ex.rejected'));
        } catch (err) {
          void message.error(err instanceof Error ? err.message : String(err));
          throw err;
        }
      },
    });
  };

  return (
    <div data-testid="exemptions-panel">
      <Card size="small" title={t('assess.ex.newTitle')} style={{ marginBottom: 12 }}>
        <Form form={form} layout="inline" onFinish={(v) => void submit(v)}>
          <Form.Item name="ticket" rules={[{ required: true, message: t('assess.ex.ticketRequired') }]}><Input placeholder={t('assess.ex.ticket')} aria-label={t('assess.ex.ticket')} /></Form.Item>
          <Form.Item name="unit" rules={[{ required: true, message: t('assess.ex.unitRequired') }]}><Input placeholder={t('assess.ex.unit')} aria-label={t('assess.ex.unit')} /></Form.Item>
          <Form.Item name="reason" rules={[{ required: true, message: t('assess.ex.reasonRequired') }]}><Input style={{ width: 320 }} placeholder={t('assess.ex.reasonPlaceholder')} aria-label={t('assess.ex.reasonAria')} /></Form.Item>
          <Form.Item><Button type="primary" htmlType="submit">{t('assess.ex.submit')}</Button></Form.Item>
        </Form>
      </Card>
      {list && list.length === 0 ? <Empty description={t('assess.ex.none')} /> : null}
      {list && list.length > 0 ? (
        <Table<Exemption>
          size="small" rowKey={(e) => String(e.id)} dataSource={[...list].sort((a, b) => b.requestedAt - a.requestedAt)}
          expandable={{
            expandedRowRender: (e) => (
              <Timeline items={e.steps.map((s) => ({
                content: `${formatLocal(s.at)} ${s.by} ${t(`assess.ex.step.${s.action}`)}${s.note ? `：${s.note}` : ''}`,
              }))} />
            ),
          }}
          columns={[
            { title: t('assess.ex.ticket'), dataIndex: 'ticket', key: 't' },
            { title: t('assess.ex.unit'), dataIndex: 'unit', key: 'u' },
            { title: t('assess.ex.reason'), dataIndex: 'reason', key: 'r' },
            { title: t('assess.ex.requestedAt'), key: 'at', render: (_, e) => formatLocal(e.requestedAt) },
            { title: t('assess.ex.status'), key: 's', render: (_, e) => <Tag color={STATUS_COLORS[e.status]}>{exemptionStatusLabel(e.status, t)}</Tag> },
            {
              title: t('assess.ex.actions'), key: 'a',
              render: (_, e) => (e.status === 'pending' ? (
                <Space>
                  <Button size="small" type="link" disabled={!canDecide} onClick={() => decide(e, 'approve')}>{t('assess.ex.approve')}</Button>
                  <Button size="small" type="link" danger disabled={!canDecide} onClick={() => decide(e, 'reject')}>{t('assess.ex.reject')}</Button>
                </Space>
              ) : e.decidedBy ? `${e.decidedBy} ${formatLocal(e.decidedAt!)}` : null),
            },
          ]}
        />
      ) : null}
      {!canDecide ? <div style={{ marginTop: 8, color: 'var(--duban-text-secondary)' }}>{t('assess.ex.needRole')}</div> : null}
    </div>
  );
}
