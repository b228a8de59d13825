import { TeamOutlined } from '@ant-design/icons';
import { Button, Empty, Form, Input, Modal, Space, Table, Tag, message } from 'antd';
import { useState } from 'react';
import { formatLocalDate } from '@core/base/time/shanghai';
import { validateMeeting, type Meeting } from '@core/meetings';
import { PageHeader } from '@renderer/app/PageHeader';
import { useSession } from '@renderer/app/session';
import { useT } from '@renderer/i18n';
import { MeetingDetail } from './MeetingDetail';
import { saveNewMeeting } from './meeting-repo';
import { useMeetings } from './use-meetings';
import { stateColor, stateLabel } from './labels';
import './meetings.css';

/** 「会议」: the 点评会 list, and one meeting's agenda, frozen figures, decisions and minutes. */
export function MeetingsPage() {
  const t = useT();
  const meetings = useMeetings();
  const [open, setOpen] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  if (open) return <MeetingDetail id={open} onBack={() => setOpen(null)} />;
  return (
    <div className="duban-page" data-testid="meetings-page">
      <PageHeader icon={<TeamOutlined />} title={t('nav.meetings')} extra={<Button type="primary" onClick={() => setCreating(true)} data-testid="mt-new">{t('mt.new')}</Button>} />
      <p className="duban-lead">{t('mt.lead')}</p>
      {meetings && meetings.length === 0 ? (
        <Empty description={t('mt.empty')}><Button type="primary" onClick={() => setCreating(true)}>{t('mt.new')}</Button></Empty>
      ) : (
        <Table<Meeting>
          size="small" rowKey="id" loading={!meetings} dataSource={meetings ?? []} pagination={false} data-testid="mt-list"
          onRow={(m) => ({ onClick: () => setOpen(m.id), onKeyDown: (e) => { if (e.key === 'Enter') setOpen(m.id); }, tabIndex: 0, style: { cursor: 'pointer' } })}
          columns={[
            { title: t('mt.f.date'), dataIndex: 'date', width: 120 },
            { title: t('mt.f.title'), dataIndex: 'title', render: (v: string, m) => <a data-testid={`mt-open-${m.title}`}>{v}</a> },
            { title: t('mt.f.state'), dataIndex: 'state', width: 100, render: (s: Meeting['state']) => <Tag color={stateColor(s)}>{stateLabel(s, t)}</Tag> },
            { title: t('mt.f.agenda'), width: 90, render: (_: unknown, m) => m.agenda.length },
            { title: t('mt.f.frozenAt'), width: 130, render: (_: unknown, m) => (m.frozenAt ? formatLocalDate(m.frozenAt) : '—') },
          ]}
        />
      )}
      {creating && <NewMeetingModal onClose={(id) => { setCreating(false); if (id) setOpen(id); }} />}
    </div>
  );
}

function NewMeetingModal({ onClose }: { onClose: (id: string | null) => void }) {
  const t = useT();
  const office = useSession((s) => s.officeName);
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(formatLocalDate(Date.now()));
  const [people, setPeople] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const submit = async () => {
    const d = { title, date, participants: people.split(/[,，、\n]/) };
    const errs = validateMeeting(d);
    setErrors(errs);
    if (errs.length) return;
    try {
      const m = await saveNewMeeting(d, office || t('app.defaultOffice'));
      if (m.agenda.length) message.info(t('mt.carried', { n: m.agenda.length }));
      onClose(m.id);
    } catch (e) {
      setErrors([e instanceof Error ? e.message : String(e)]);
    }
  };
  return (
    <Modal open title={t('mt.new')} onCancel={() => onClose(null)} onOk={() => void submit()} okText={t('mt.create')} cancelText={t('mt.cancel')} okButtonProps={{ 'data-testid': 'mt-create' } as Record<string, string>}>
      <Form layout="vertical">
        <Form.Item label={t('mt.f.title')} required><Input value={title} onChange={(e) => setTitle(e.target.value)} placeholder={t('mt.f.titlePh')} data-testid="mt-title" autoFocus /></Form.Item>
        <Form.Item label={t('mt.f.date')} required><Input type="date" value={date} onChange={(e) => setDate(e.target.value)} data-testid="mt-date" /></Form.Item>
        <Form.Item label={t('mt.f.participants')}><Input.TextArea rows={2} value={people} onChange={(e) => setPeople(e.target.value)} placeholder={t('mt.f.participantsPh')} data-testid="mt-people" /></Form.Item>
      </Form>
      {errors.length > 0 && <Space direction="vertical" className="mt-errors">{errors.map((e) => <span key={e} role="alert">{e}</span>)}</Space>}
    </Modal>
  );
}
