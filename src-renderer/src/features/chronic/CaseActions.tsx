import { useState } from 'react';
import { App, Button, Input, Modal, Space } from 'antd';
import type { ChronicCaseRecord, FollowUp } from '@core/cases/case-record';
import { commentOn, escalateCase, transitionCase } from '@core/cases/case-ops';
import { nextLevel, type EscalationLevel } from '@core/cases/escalation';
import { DEFAULT_LIFECYCLE } from '@core/cases/lifecycle';
import type { CaseEvent } from '@core/cases/timeline';
import { endOfDay, type WorkCalendar } from '@core/base/calendar/working-days';
import { getEngine } from '@renderer/engine/client';
import { useT } from '@renderer/i18n';
import type { CaseTicket } from '@renderer/engine/computations/chronic';
import { appendCaseEvents, saveCaseChange } from './case-repo';
import { levelLabel, transitionLabel } from './labels';
import { today } from './use-chronic';

type Pending = { kind: 'transition'; to: string; label: string } | { kind: 'escalate'; level: EscalationLevel } | { kind: 'comment' };

/** State changes, escalation and comments of a case; every refusal is shown with its reason. */
export function CaseActions({ rec, followUps, events, cal, me }: { rec: ChronicCaseRecord; followUps: FollowUp[]; events: CaseEvent[]; cal: WorkCalendar; me: string }) {
  const { message } = App.useApp();
  const t = useT();
  const [pending, setPending] = useState<Pending | null>(null);
  const [text, setText] = useState('');
  const [by, setBy] = useState(me || rec.supervisor);
  const lc = DEFAULT_LIFECYCLE;
  const transitions = lc.transitions.filter((tr) => tr.from === rec.status && (rec.status !== '挂起' || !rec.pausedFrom || tr.to === rec.pausedFrom));
  const level = nextLevel(rec.escalations.at(-1)?.level ?? null);
  const closed = rec.closedAt !== null;

  /** 销号 check: tickets on the same problem accepted since the case entered 观察期, up to the end of the period. */
  const observation = async () => {
    if (!rec.observationEndsOn) return null;
    const start = [...events].reverse().find((e) => e.kind === 'transition' && (e.data as { to?: string }).to === '观察期')?.at ?? rec.openedAt;
    const found = await getEngine().run<CaseTicket[]>('chronic', { op: 'observe', ids: rec.tickets, from: start, to: endOfDay(rec.observationEndsOn) });
    return { endsOn: rec.observationEndsOn, today: today(), newTickets: found.map((t) => t.id) };
  };

  const run = async (): Promise<void> => {
    if (!pending) return;
    const a = { by: by.trim() || rec.supervisor, now: Date.now() };
    try {
      if (pending.kind === 'comment') {
        await appendCaseEvents(rec.id, commentOn(text, a));
      } else if (pending.kind === 'escalate') {
        await saveCaseChange(escalateCase(rec, lc, cal, a, text));
      } else {
        const ctx = {
          reason: text, openFollowUps: followUps.filter((f) => f.status === 'open').length, followUps: followUps.length,
          observation: pending.to === '销号' && rec.status === '观察期' ? await observation() : null,
        };
        await saveCaseChange(transitionCase(rec, pending.to, lc, cal, a, ctx));
      }
      message.success(t('chronic.saved'));
      setPending(null);
      setText('');
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };

  const title = pending?.kind === 'comment' ? t('chronic.action.comment') : pending?.kind === 'escalate' ? t('chronic.action.escalate', { level: levelLabel(pending.level, t) })
    : pending ? transitionLabel(pending.label, pending.to, t) : '';
  return (
    <>
      <Space wrap data-testid="case-actions">
        {!closed && transitions.map((tr) => (
          <Button key={tr.to} data-testid={`transition-${tr.to}`} type={tr.to === '销号' ? 'primary' : 'default'} danger={tr.to === '挂起' || tr.to === '退回'}
            onClick={() => setPending({ kind: 'transition', to: tr.to, label: tr.label })}>{transitionLabel(tr.label, tr.to, t)}</Button>
        ))}
        {!closed && level && <Button danger data-testid="escalate" onClick={() => setPending({ kind: 'escalate', level })}>{t('chronic.action.escalate', { level: levelLabel(level, t) })}</Button>}
        <Button data-testid="comment" onClick={() => setPending({ kind: 'comment' })}>{t('chronic.action.comment')}</Button>
      </Space>
      <Modal open={!!pending} title={title} okText={t('chronic.ok')} cancelText={t('chronic.cancel')} onOk={() => void run()} onCancel={() => setPending(null)} destroyOnHidden
        okButtonProps={{ 'data-testid': 'action-ok' } as Record<string, string>} cancelButtonProps={{ 'data-testid': 'action-cancel' } as Record<string, string>}>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Input addonBefore={t('chronic.action.by')} value={by} onChange={(e) => setBy(e.target.value)} />
          <Input.TextArea rows={3} value={text} onChange={(e) => setText(e.target.value)} data-testid="action-text"
            placeholder={t(pending?.kind === 'comment' ? 'chronic.action.commentText' : pending?.kind === 'escalate' ? 'chronic.action.escalateText' : 'chronic.action.reasonText')} />
        </Space>
      </Modal>
    </>
  );
}
