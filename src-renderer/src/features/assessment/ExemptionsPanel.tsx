import { App, Button, Card, Empty, Form, Input, Space, Table, Tag, Timeline } from 'antd';
import { decideExemption, EXEMPTION_STATUS_LABELS, requestExemption, type Exemption } from '@core/assess/exemptions';
import { formatLocal } from '@core/time/shanghai';
import { useSession, type Role } from '@renderer/app/session';
import { getEngine } from '@renderer/engine/client';
import { putExemption } from './assessment-db';
import { useExemptions } from './use-assess';

const ROLE_NAMES: Record<Role, string> = { operator: '操作员', leader: '领导', admin: '管理员' };
const STATUS_COLORS: Record<string, string> = { pending: 'processing', approved: 'success', rejected: 'error', withdrawn: 'default' };

/** 核减: units request that a ticket leave the assessment; a supervisor approves or rejects. */
export function ExemptionsPanel() {
  const { message, modal } = App.useApp();
  const list = useExemptions();
  const role = useSession((s) => s.role);
  const canDecide = role !== 'operator';
  const [form] = Form.useForm<{ ticket: string; unit: string; reason: string }>();
  const who = ROLE_NAMES[role];

  const submit = async (v: { ticket: string; unit: string; reason: string }): Promise<void> => {
    try {
      const id = v.ticket.trim();
      if (id && !(await getEngine().ticket(id))) throw new Error(`找不到工单编号「${id}」，请核对后再提交`);
      const e = requestExemption(list ?? [], { ...v, by: v.unit }, Date.now());
      await putExemption(e);
      form.resetFields();
      void message.success(`已提交工单 ${e.ticket} 的核减申请，等待审核`);
    } catch (err) {
      void message.error(err instanceof Error ? err.message : String(err));
    }
  };

  const decide = (e: Exemption, d: 'approve' | 'reject'): void => {
    let note = '';
    modal.confirm({
      title: d === 'approve' ? `同意核减工单 ${e.ticket}？` : `驳回工单 ${e.ticket} 的核减申请？`,
      content: <Input.TextArea rows={3} placeholder={d === 'reject' ? '驳回理由（必填）' : '审核意见（可选）'} onChange={(ev) => { note = ev.target.value; }} />,
      okText: d === 'approve' ? '同意' : '驳回',
      cancelText: '取消',
      onOk: async () => {
        try {
          await putExemption(decideExemption(e, d, who, note, Date.now()));
          void message.success(d === 'approve' ? '已同意，该工单从现在起不参与考核' : '已驳回');
        } catch (err) {
          void message.error(err instanceof Error ? err.message : String(err));
          throw err;
        }
      },
    });
  };

  return (
    <div data-testid="exemptions-panel">
      <Card size="small" title="提交核减申请" style={{ marginBottom: 12 }}>
        <Form form={form} layout="inline" onFinish={(v) => void submit(v)}>
          <Form.Item name="ticket" rules={[{ required: true, message: '请填写工单编号' }]}><Input placeholder="工单编号" aria-label="工单编号" /></Form.Item>
          <Form.Item name="unit" rules={[{ required: true, message: '请填写申请单位' }]}><Input placeholder="申请单位" aria-label="申请单位" /></Form.Item>
          <Form.Item name="reason" rules={[{ required: true, message: '请填写理由' }]}><Input style={{ width: 320 }} placeholder="核减理由，例如：重复来电已合并办理" aria-label="核减理由" /></Form.Item>
          <Form.Item><Button type="primary" htmlType="submit">提交申请</Button></Form.Item>
        </Form>
      </Card>
      {list && list.length === 0 ? <Empty description="还没有核减申请" /> : null}
      {list && list.length > 0 ? (
        <Table<Exemption>
          size="small" rowKey={(e) => String(e.id)} dataSource={[...list].sort((a, b) => b.requestedAt - a.requestedAt)}
          expandable={{
            expandedRowRender: (e) => (
              <Timeline items={e.steps.map((s) => ({
                content: `${formatLocal(s.at)} ${s.by} ${({ request: '申请', approve: '同意', reject: '驳回', withdraw: '撤回' } as const)[s.action]}${s.note ? `：${s.note}` : ''}`,
              }))} />
            ),
          }}
          columns={[
            { title: '工单编号', dataIndex: 'ticket', key: 't' },
            { title: '申请单位', dataIndex: 'unit', key: 'u' },
            { title: '理由', dataIndex: 'reason', key: 'r' },
            { title: '申请时间', key: 'at', render: (_, e) => formatLocal(e.requestedAt) },
            { title: '状态', key: 's', render: (_, e) => <Tag color={STATUS_COLORS[e.status]}>{EXEMPTION_STATUS_LABELS[e.status]}</Tag> },
            {
              title: '操作', key: 'a',
              render: (_, e) => (e.status === 'pending' ? (
                <Space>
                  <Button size="small" type="link" disabled={!canDecide} onClick={() => decide(e, 'approve')}>同意</Button>
                  <Button size="small" type="link" danger disabled={!canDecide} onClick={() => decide(e, 'reject')}>驳回</Button>
                </Space>
              ) : e.decidedBy ? `${e.decidedBy} ${formatLocal(e.decidedAt!)}` : null),
            },
          ]}
        />
      ) : null}
      {!canDecide ? <div style={{ marginTop: 8, color: 'var(--duban-text-secondary)' }}>审核核减申请需要领导或管理员角色。</div> : null}
    </div>
  );
}
