import { DeleteOutlined, DownOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space, Table } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Campaign } from '@core/campaigns/campaign';
import type { ChronicCaseRecord } from '@core/cases/case-record';
import type { AgendaItem, AgendaKind, Meeting } from '@core/meetings';
import { db } from '@renderer/db';
import { useT } from '@renderer/i18n';
import { agendaKindLabel, kindLabel } from './labels';

const KINDS: AgendaKind[] = ['case', 'campaign', 'ranking', 'hotspot'];
const newId = () => `AG-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

/** The agenda while the meeting is 筹备: add cases, campaigns, the ranking and the hotspots, each with its presenter. */
export function AgendaBuilder({ meeting, onSave }: { meeting: Meeting; onSave: (a: AgendaItem[]) => Promise<void> }) {
  const t = useT();
  const cases = useLiveQuery(() => db.cases.toArray() as unknown as Promise<ChronicCaseRecord[]>, []);
  const campaigns = useLiveQuery(() => db.campaigns.toArray() as unknown as Promise<Campaign[]>, []);
  const [kind, setKind] = useState<AgendaKind>('case');
  const [ref, setRef] = useState<string | undefined>();
  const [presenter, setPresenter] = useState('');
  const [error, setError] = useState<string | null>(null);
  const agenda = meeting.agenda;

  const options = kind === 'case'
    ? (cases ?? []).map((c) => ({ value: c.id, label: `${c.title}（${c.status}）` }))
    : kind === 'campaign' ? (campaigns ?? []).map((c) => ({ value: c.id, label: c.theme })) : [];
  const needsRef = kind === 'case' || kind === 'campaign';

  const add = async () => {
    if (needsRef && !ref) { setError(t(kind === 'case' ? 'mt.agenda.pickCase' : 'mt.agenda.pickCampaign')); return; }
    if (!presenter.trim()) { setError(t('mt.agenda.needPresenter')); return; }
    const title = needsRef ? (options.find((o) => o.value === ref)?.label ?? ref!) : t(kind === 'ranking' ? 'mt.agenda.rankingTitle' : 'mt.agenda.hotspotTitle');
    if (agenda.some((a) => a.kind === kind && a.refId === (ref ?? '') && !a.carriedItemId)) { setError(t('mt.agenda.duplicate')); return; }
    setError(null);
    await onSave([...agenda, { id: newId(), kind, refId: needsRef ? ref! : '', title, presenter: presenter.trim() }]);
    setRef(undefined);
  };
  const move = (i: number, d: -1 | 1) => {
    const next = [...agenda];
    const [x] = next.splice(i, 1);
    next.splice(i + d, 0, x!);
    void onSave(next);
  };
  const setPresenterOf = (i: number, p: string) => void onSave(agenda.map((a, j) => (j === i ? { ...a, presenter: p } : a)));

  return (
    <div data-testid="mt-agenda-builder">
      <Space wrap className="mt-builder">
        <Select value={kind} onChange={(k) => { setKind(k); setRef(undefined); }} style={{ width: 140 }} options={KINDS.map((k) => ({ value: k, label: kindLabel(k, t) }))} data-testid="mt-kind" aria-label={t('mt.agenda.kind')} />
        {needsRef && (
          <Select showSearch optionFilterProp="label" value={ref} onChange={setRef} style={{ width: 320 }} options={options} placeholder={t(kind === 'case' ? 'mt.agenda.pickCase' : 'mt.agenda.pickCampaign')} data-testid="mt-ref" notFoundContent={t('mt.agenda.noneToPick')} />
        )}
        <Input value={presenter} onChange={(e) => setPresenter(e.target.value)} placeholder={t('mt.agenda.presenter')} style={{ width: 180 }} data-testid="mt-presenter" onPressEnter={() => void add()} />
        <Button onClick={() => void add()} data-testid="mt-add">{t('mt.agenda.add')}</Button>
      </Space>
      {error && <div role="alert" className="mt-errors">{error}</div>}
      <Table<AgendaItem>
        size="small" rowKey="id" dataSource={agenda} pagination={false} locale={{ emptyText: t('mt.agenda.empty') }} data-testid="mt-agenda"
        columns={[
          { title: '#', width: 40, render: (_: unknown, __: AgendaItem, i: number) => i + 1 },
          { title: t('mt.agenda.kind'), width: 110, render: (_: unknown, a: AgendaItem) => agendaKindLabel(a, t) },
          { title: t('mt.agenda.item'), dataIndex: 'title' },
          { title: t('mt.agenda.presenter'), width: 180, render: (_: unknown, a: AgendaItem, i: number) => <Input size="small" defaultValue={a.presenter} onBlur={(e) => { if (e.target.value !== a.presenter) setPresenterOf(i, e.target.value); }} aria-label={t('mt.agenda.presenter')} /> },
          {
            title: '', width: 110, render: (_: unknown, __: AgendaItem, i: number) => (
              <Space size={2}>
                <Button size="small" icon={<UpOutlined />} disabled={i === 0} onClick={() => move(i, -1)} aria-label={t('mt.agenda.up')} />
                <Button size="small" icon={<DownOutlined />} disabled={i === agenda.length - 1} onClick={() => move(i, 1)} aria-label={t('mt.agenda.down')} />
                <Button size="small" danger icon={<DeleteOutlined />} onClick={() => void onSave(agenda.filter((_, j) => j !== i))} aria-label={t('mt.agenda.remove')} />
              </Space>
            ),
          },
        ]}
      />
    </div>
  );
}
