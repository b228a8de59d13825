import { useState } from 'react';
import { App, Button, Input, Modal, Space } from 'antd';
import type { ChronicCaseRecord, FollowUp } from '@core/cases/case-record';
import { commentOn, escalateCase, transitionCase } from '@core/cases/case-ops';
import { nextLevel, type EscalationLevel } from '@core/cases/escalation';
import { DEFAULT_LIFECYCLE } from '@core/cases/lifecycle';
import type { CaseEvent } from '@core/cases/timeline';
import { endOfDay, type WorkCalendar } from '@core/base/calendar/working-days';
import { getEngine } from '@renderer/engine/client';
import type { CaseTicket } from '@renderer/engine/computations/chronic';
import { appendCaseEvents, saveCaseChange } from './case-repo';
import { today } from './use-chronic';

type Pending = { kind: 'transition'; to: string; label: string } | { kind: 'escalate'; level: EscalationLevel } | { kind: 'comment' };

/** State changes, escalation and comments of a case; every refusal is shown with its reason. */
export function CaseActions({ rec, followUps, events, cal, me }: { rec: ChronicCaseRecord; followUps: FollowUp[]; events: CaseEvent[]; cal: WorkCalendar; me: string }) {
  const { message } = App.useApp();
  const [pending, setPending] = useState<Pending | null>(null);
  const [text, setText] = useState('');
  const [by, setBy] = useState(me || rec.supervisor);
  const lc = DEFAULT_LIFECYCLE;
  const transitions = lc.transitions.filter((t) => t.from === rec.status && (rec.status !== '挂起' || !rec.pausedFrom || t.to === rec.pausedFrom));
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
      message.success('已保存');
      setPending(null);
      setText('');
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };

  const title = pending?.kind === 'comment' ? '评论' : pending?.kind === 'escalate' ? `升级为${pending.level}` : pending ? pending.label : '';
  return (
    <>
      <Space wrap data-testid="case-actions">
        {!closed && transitions.map((t) => (
          <Button key={t.to} data-testid={`transition-${t.to}`} type={t.to === '销号' ? 'primary' : 'default'} danger={t.to === '挂起' || t.to === '退回'}
            onClick={() => setPending({ kind: 'transition', to: t.to, label: t.label })}>{t.label}</Button>
        ))}
        {!closed && level && <Button danger data-testid="escalate" onClick={() => setPending({ kind: 'escalate', level })}>升级为{level}</Button>}
        <Button data-testid="comment" onClick={() => setPending({ kind: 'comment' })}>评论</Button>
      </Space>
      <Modal open={!!pending} title={title} okText="确定" cancelText="取消" onOk={() => void run()} onCancel={() => setPending(null)} destroyOnHidden
        okButtonProps={{ 'data-testid': 'action-ok' } as Record<string, string>} cancelButtonProps={{ 'data-testid': 'action-cancel' } as Record<string, string>}>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Input addonBefore="操作人" value={by} onChange={(e) => setBy(e.target.value)} />
          <Input.TextArea rows={3} value={text} onChange={(e) => setText(e.target.value)} data-testid="action-text"
            placeholder={pending?.kind === 'comment' ? '评论内容' : pending?.kind === 'escalate' ? '督办要求（可选）' : '原因或说明（挂起、退回、转回整改时必填）'} />
        </Space>
      </Modal>
    </>
  );
}
