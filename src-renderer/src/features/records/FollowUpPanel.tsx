import { useState } from 'react';
import { Button, Card, Checkbox, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { APPEAL_OUTCOMES, rectificationStanding, type Appeal, type AppealOutcome, type RectificationStanding } from '@core/records/workflow';
import { formatLocal } from '@core/base/time/shanghai';
import { useT } from '@renderer/i18n';
import { useWorkCalendar } from '@renderer/features/chronic/use-chronic';
import { addReport, decide, today } from './records-service';
import { useRecordsState, useReport } from './use-records';

const STANDING_COLORS = { open: 'processing', overdue: 'error', onTime: 'success', late: 'warning' } as const;

/** 整改与申诉: the rectification of each published 问责 record (overdue flagged by the working-day calendar) and the appeals. */
export function FollowUpPanel() {
  const t = useT();
  const report = useReport();
  const cal = useWorkCalendar();
  const state = useRecordsState();
  const [fb, setFb] = useState<{ seq: number; text: string; tickets: string[]; completed: boolean } | null>(null);
  const [dec, setDec] = useState<{ appeal: Appeal; outcome: AppealOutcome; decision: string; entrySeq: number | null } | null>(null);
  if (!state || !cal) return null;
  const day = today();
  const standings: RectificationStanding[] = state.register.filter((e) => e.type === 'record')
    .map((e) => rectificationStanding(cal, state.register, state.reports, e.seq, day)).filter((s): s is RectificationStanding => s !== null);
  const overdue = standings.filter((s) => s.standing === 'overdue').length;
  return (
    <div className="records-stack" data-testid="records-followup">
      <Card size="small" title={t('records.followup.title')} extra={overdue > 0 ? <Tag color="error" data-testid="overdue-count">{t('records.followup.overdue', { n: overdue })}</Tag> : null}>
        <Table<RectificationStanding> size="small" rowKey="seq" dataSource={standings} pagination={false} data-testid="followup-table"
          locale={{ emptyText: t('records.followup.empty') }}
          columns={[
            { title: t('records.register.seq'), dataIndex: 'seq', width: 60 },
            { title: t('records.field.subject'), dataIndex: 'subject' },
            { title: t('records.followup.deadline'), dataIndex: 'deadline', width: 120 },
            { title: t('records.followup.standing'), dataIndex: 'standing', width: 180, render: (s: RectificationStanding['standing'], r) => (
              <Tag color={STANDING_COLORS[s]} data-testid="standing">{t(`records.standing.${s}`)}{r.workingDaysLeft !== null ? t('records.followup.daysLeft', { n: r.workingDaysLeft }) : ''}</Tag>
            ) },
            { title: t('records.followup.reports'), dataIndex: 'reports', width: 90 },
            { title: '', width: 120, render: (_: unknown, r) => (r.standing === 'open' || r.standing === 'overdue'
              ? <Button size="small" onClick={() => setFb({ seq: r.seq, text: '', tickets: [], completed: false })}>{t('records.followup.add')}</Button> : null) },
          ]} />
        {state.reports.length > 0 && (
          <ul className="records-list">
            {state.reports.map((r) => <li key={r.id}>{t('records.followup.line', { seq: r.seq, at: formatLocal(r.at), by: r.by.name, text: r.text })}{r.completed ? <Tag color="green" style={{ marginInlineStart: 6 }}>{t('records.followup.done')}</Tag> : null}</li>)}
          </ul>
        )}
      </Card>
      <Card size="small" title={t('records.appeal.title')}>
        <Table<Appeal> size="small" rowKey="id" dataSource={state.appeals} pagination={false} data-testid="appeals-table" locale={{ emptyText: t('records.appeal.empty') }}
          columns={[
            { title: t('records.appeal.id'), dataIndex: 'id', width: 80 },
            { title: t('records.register.seq'), dataIndex: 'seq', width: 60 },
            { title: t('records.appeal.appellant'), dataIndex: 'appellant', width: 160 },
            { title: t('records.appeal.reason'), dataIndex: 'reason' },
            { title: t('records.appeal.state'), dataIndex: 'state', width: 110, render: (s: string) => <Tag color={s === '待处理' ? 'processing' : 'default'}>{s}</Tag> },
            { title: t('records.appeal.decision'), dataIndex: 'decision', width: 200 },
            { title: '', width: 90, render: (_: unknown, a) => (a.state === '待处理'
              ? <Button size="small" onClick={() => setDec({ appeal: a, outcome: '维持原决定', decision: '', entrySeq: null })}>{t('records.appeal.decide')}</Button> : null) },
          ]} />
      </Card>
      <Modal open={!!fb} title={t('records.followup.addTitle', { seq: fb?.seq ?? '' })} okText={t('records.ok')} cancelText={t('records.cancel')} onCancel={() => setFb(null)}
        onOk={() => { if (fb) void addReport(fb.seq, fb.text, fb.tickets, fb.completed).then((o) => { if (report(o, t('records.followup.saved'))) setFb(null); }); }}>
        {fb && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Input.TextArea rows={3} value={fb.text} onChange={(e) => setFb({ ...fb, text: e.target.value })} placeholder={t('records.followup.text')} />
            <Select mode="tags" style={{ width: '100%' }} value={fb.tickets} onChange={(tickets: string[]) => setFb({ ...fb, tickets })} placeholder={t('records.field.tickets')} />
            <Checkbox checked={fb.completed} onChange={(e) => setFb({ ...fb, completed: e.target.checked })}>{t('records.followup.completed')}</Checkbox>
          </Space>
        )}
      </Modal>
      <Modal open={!!dec} title={t('records.appeal.decideTitle', { id: dec?.appeal.id ?? '' })} okText={t('records.ok')} cancelText={t('records.cancel')} onCancel={() => setDec(null)}
        onOk={() => { if (dec) void decide(dec.appeal.id, dec.outcome, dec.decision, dec.entrySeq).then((o) => { if (report(o, t('records.appeal.decided'))) setDec(null); }); }}>
        {dec && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Select style={{ width: 200 }} value={dec.outcome} onChange={(outcome) => setDec({ ...dec, outcome })} options={APPEAL_OUTCOMES.map((o) => ({ label: o, value: o }))} />
            {dec.outcome !== '维持原决定' && (
              <Select style={{ width: '100%' }} placeholder={t('records.appeal.entry')} value={dec.entrySeq} onChange={(entrySeq) => setDec({ ...dec, entrySeq })}
                options={state.register.filter((e) => e.type !== 'record' && e.body.amends === dec.appeal.seq).map((e) => ({ value: e.seq, label: t('records.appeal.entryOption', { seq: e.seq, reason: String(e.body.reason ?? '') }) }))} />
            )}
            <Input.TextArea rows={3} value={dec.decision} onChange={(e) => setDec({ ...dec, decision: e.target.value })} placeholder={t('records.appeal.decisionText')} />
          </Space>
        )}
      </Modal>
    </div>
  );
}
