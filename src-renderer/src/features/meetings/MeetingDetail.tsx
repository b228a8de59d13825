import { ArrowLeftOutlined, DesktopOutlined, LockOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Popconfirm, Space, Spin, Tag } from 'antd';
import { useState } from 'react';
import { formatLocal } from '@core/base/time/shanghai';
import { validateAgenda, verifySnapshot, type AgendaItem, type ItemDraft } from '@core/meetings';
import { useSession } from '@renderer/app/session';
import { useT } from '@renderer/i18n';
import { AgendaBuilder } from './AgendaBuilder';
import { ItemFigures, useKpiText } from './figures';
import { gatherFigures } from './gather';
import { ItemsPanel } from './ItemsPanel';
import { agendaKindLabel, stateColor, stateLabel } from './labels';
import { saveAgenda, saveEnd, saveFreeze, saveItem, saveItemState } from './meeting-repo';
import { MinutesPrint } from './MinutesPrint';
import { PresenterView } from './PresenterView';
import { SincePanel } from './SincePanel';
import { useMeetingBundle } from './use-meetings';

/** One meeting: agenda (built while 筹备), frozen figures, since the last meeting, 议定事项, presenter view and minutes. */
export function MeetingDetail({ id, onBack }: { id: string; onBack: () => void }) {
  const t = useT();
  const k = useKpiText();
  const office = useSession((s) => s.officeName);
  const actor = office || t('app.defaultOffice');
  const bundle = useMeetingBundle(id);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [presenting, setPresenting] = useState(false);
  if (bundle === undefined) return <div className="duban-page"><Spin /></div>;
  if (bundle === null) return <div className="duban-page"><Alert type="error" message={t('mt.notFound')} /><Button onClick={onBack}>{t('mt.back')}</Button></div>;
  const { meeting: m, snapshot: snap, items, prev, diff } = bundle;
  const run = async (f: () => Promise<unknown>) => {
    setError(null); setBusy(true);
    try { await f(); } catch (e) { setError(e instanceof Error ? e.message : String(e)); } finally { setBusy(false); }
  };
  const freeze = () => run(async () => {
    const errs = validateAgenda(m.agenda);
    if (errs.length) throw new Error(errs.join('；'));
    await saveFreeze(m.id, await gatherFigures(), actor);
  });
  const tamper = snap ? verifySnapshot(snap) : null;

  return (
    <div className="duban-page mt-detail" data-testid="mt-detail">
      <div className="mt-detail-head">
        <Button icon={<ArrowLeftOutlined />} onClick={onBack} data-testid="mt-back">{t('mt.back')}</Button>
        <h2 data-testid="mt-detail-title">{m.title}</h2>
        <Tag color={stateColor(m.state)} data-testid="mt-state">{stateLabel(m.state, t)}</Tag>
        <span className="mt-note">{m.date}{m.participants.length > 0 && ` · ${m.participants.join('、')}`}</span>
        <Space className="mt-detail-actions">
          {m.state === '筹备' && (
            <Popconfirm title={t('mt.freezeConfirm')} onConfirm={() => void freeze()} okText={t('mt.freeze')} cancelText={t('mt.cancel')}>
              <Button type="primary" icon={<LockOutlined />} loading={busy} data-testid="mt-freeze">{t('mt.freeze')}</Button>
            </Popconfirm>
          )}
          {snap && <Button icon={<DesktopOutlined />} onClick={() => setPresenting(true)} data-testid="mt-present">{t('mt.present')}</Button>}
          <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="mt-print">{t('mt.printMinutes')}</Button>
          {m.state === '已冻结' && <Button onClick={() => void run(() => saveEnd(m.id, actor))} data-testid="mt-end">{t('mt.end')}</Button>}
        </Space>
      </div>
      {error && <Alert type="error" showIcon message={error} className="mt-gap" />}
      {tamper && <Alert type="error" showIcon message={tamper} className="mt-gap" />}
      {busy && m.state === '筹备' && <Alert type="info" showIcon message={t('mt.freezing')} className="mt-gap" />}
      {m.state === '筹备' ? (
        <Card size="small" title={t('mt.agenda.title')} className="mt-gap">
          <p className="mt-note">{t('mt.agenda.hint')}</p>
          <AgendaBuilder meeting={m} onSave={(a: AgendaItem[]) => run(() => saveAgenda(m.id, a, actor))} />
        </Card>
      ) : snap && (
        <>
          <div className="mt-note mt-gap" data-testid="mt-hash">{t('mt.frozenAt', { at: formatLocal(snap.takenAt) })} · {t('mt.snapshotHash', { hash: snap.sha256 })}</div>
          <Card size="small" title={t('mt.kpis')} className="mt-gap">
            <div className="mt-kpis">{Object.entries(snap.kpis).map(([key, v]) => <div key={key} className="mt-kpi"><span>{k.label(key)}</span><b>{k.value(key, v)}</b></div>)}</div>
          </Card>
          <div className="mt-items-grid mt-gap" data-testid="mt-frozen-agenda">
            {m.agenda.map((a, i) => (
              <Card key={a.id} size="small" title={`${i + 1}. ${a.title}`} extra={<span className="mt-note">{agendaKindLabel(a, t)} · {t('mt.presenter.by', { name: a.presenter })}</span>}>
                <ItemFigures item={a} snap={snap} />
              </Card>
            ))}
          </div>
          <div className="mt-gap"><SincePanel diff={diff} prev={prev} /></div>
        </>
      )}
      <div className="mt-gap">
        <ItemsPanel meeting={m} items={items}
          onAdd={async (d: ItemDraft) => { await saveItem(m.id, d, actor); }}
          onState={async (itemId, s) => { await run(() => saveItemState(itemId, s, actor)); }} />
      </div>
      {presenting && snap && <PresenterView meeting={m} snap={snap} onClose={() => setPresenting(false)} />}
      <MinutesPrint meeting={m} snap={snap} items={items} diff={diff} office={office} />
    </div>
  );
}
