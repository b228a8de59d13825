import { Button, Card, Input, InputNumber, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { localDay } from '@core/base/calendar/working-days';
import { isItemOverdue, validateItem, type ActionLink, type ItemDraft, type Meeting, type MeetingItem } from '@core/meetings';
import { useT } from '@renderer/i18n';
import { itemLinkText } from './figures';

/** 议定事项: decisions and action items (owner, deadline in working days, links to the agenda's cases and campaigns). */
export function ItemsPanel({ meeting, items, onAdd, onState }: {
  meeting: Meeting; items: MeetingItem[];
  onAdd: (d: ItemDraft) => Promise<void>; onState: (id: string, s: 'done' | 'cancelled') => Promise<void>;
}) {
  const t = useT();
  const [kind, setKind] = useState<ItemDraft['kind']>('action');
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [days, setDays] = useState<number>(5);
  const [link, setLink] = useState<string | undefined>();
  const [errors, setErrors] = useState<string[]>([]);
  const canAdd = meeting.state !== '筹备';
  const linkOptions = meeting.agenda.filter((a) => (a.kind === 'case' || a.kind === 'campaign') && a.refId).map((a) => ({ value: `${a.kind}:${a.refId}`, label: a.title }));
  const today = localDay(Date.now());

  const add = async () => {
    const links: ActionLink[] = [];
    if (link) { const [k, ...id] = link.split(':'); links.push({ kind: k as ActionLink['kind'], id: id.join(':') }); }
    if (owner.trim() && kind === 'action') links.push({ kind: 'unit', id: owner.trim() });
    const d: ItemDraft = { kind, text, links, owner, workingDays: days };
    const errs = validateItem(d);
    setErrors(errs);
    if (errs.length) return;
    try { await onAdd(d); setText(''); } catch (e) { setErrors([e instanceof Error ? e.message : String(e)]); }
  };

  return (
    <Card size="small" title={t('mt.items.title')} data-testid="mt-items">
      {canAdd ? (
        <Space wrap className="mt-builder">
          <Select value={kind} onChange={setKind} style={{ width: 110 }} options={[{ value: 'action', label: t('mt.items.action') }, { value: 'decision', label: t('mt.items.decision') }]} data-testid="mt-item-kind" aria-label={t('mt.items.kind')} />
          <Input value={text} onChange={(e) => setText(e.target.value)} placeholder={t('mt.items.text')} style={{ width: 320 }} data-testid="mt-item-text" />
          {kind === 'action' && <Input value={owner} onChange={(e) => setOwner(e.target.value)} placeholder={t('mt.items.owner')} style={{ width: 160 }} data-testid="mt-item-owner" />}
          {kind === 'action' && <Space size={4}><InputNumber min={1} max={250} value={days} onChange={(v) => setDays(v ?? 0)} data-testid="mt-item-days" aria-label={t('mt.items.days')} />{t('mt.items.daysUnit')}</Space>}
          <Select allowClear value={link} onChange={setLink} style={{ width: 220 }} options={linkOptions} placeholder={t('mt.items.link')} data-testid="mt-item-link" />
          <Button type="primary" onClick={() => void add()} data-testid="mt-item-add">{t('mt.items.add')}</Button>
        </Space>
      ) : <div className="mt-note">{t('mt.items.freezeFirst')}</div>}
      {errors.length > 0 && <Space direction="vertical" className="mt-errors">{errors.map((e) => <span key={e} role="alert">{e}</span>)}</Space>}
      <Table<MeetingItem>
        size="small" rowKey="id" dataSource={items} pagination={false} locale={{ emptyText: t('mt.items.empty') }} data-testid="mt-items-table"
        columns={[
          { title: t('mt.items.kind'), width: 90, render: (_: unknown, i: MeetingItem) => t(i.kind === 'action' ? 'mt.items.action' : 'mt.items.decision') },
          { title: t('mt.items.text'), dataIndex: 'text' },
          { title: t('mt.items.owner'), dataIndex: 'owner', width: 130 },
          { title: t('mt.items.deadline'), width: 150, render: (_: unknown, i: MeetingItem) => (i.kind === 'action' ? t('mt.items.deadlineText', { day: i.deadline, n: i.workingDays }) : '—') },
          { title: t('mt.items.links'), width: 140, render: (_: unknown, i: MeetingItem) => itemLinkText(i) },
          {
            title: t('mt.items.state'), width: 190, render: (_: unknown, i: MeetingItem) => (
              <Space size={4}>
                <Tag color={i.state === '未完成' ? (isItemOverdue(i, today) ? 'red' : 'gold') : i.state === '已完成' ? 'green' : 'default'}>
                  {t(i.state === '未完成' ? (isItemOverdue(i, today) ? 'mt.items.overdue' : 'mt.items.open') : i.state === '已完成' ? 'mt.items.done' : 'mt.items.cancelled')}
                </Tag>
                {i.state === '未完成' && <Button size="small" onClick={() => void onState(i.id, 'done')}>{t('mt.items.markDone')}</Button>}
                {i.state === '未完成' && <Button size="small" type="text" danger onClick={() => void onState(i.id, 'cancelled')}>{t('mt.items.cancel')}</Button>}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
