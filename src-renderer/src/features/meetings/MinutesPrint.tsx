import { createPortal } from 'react-dom';
import { formatLocal } from '@core/base/time/shanghai';
import type { Meeting, MeetingItem, MeetingSnapshot, SnapshotDiff } from '@core/meetings';
import { NOTICE_PAGE } from '@core/records/notice-html';
import { useT } from '@renderer/i18n';
import { useKpiText } from './figures';
import { agendaKindLabel } from './labels';

const P = NOTICE_PAGE;
/** GB/T 9704 page geometry and type sizes from the records' notice (one source of the numbers). */
const PAGE_CSS = `@media print {
  @page { size: A4; margin: ${P.marginTopMm}mm ${P.marginRightMm}mm ${P.marginBottomMm}mm ${P.marginLeftMm}mm; }
  .mt-minutes { font-size: ${P.bodyPt}pt; }
  .mt-minutes h1 { font-size: ${P.titlePt}pt; }
  .mt-minutes .mt-minutes-colophon { font-size: ${P.pageNumberPt}pt; }
}`;

/** 会议纪要 in 公文-like layout, shown only when printing (print or save as PDF from the browser). */
export function MinutesPrint({ meeting, snap, items, diff, office }: {
  meeting: Meeting; snap: MeetingSnapshot | null; items: MeetingItem[]; diff: SnapshotDiff | null; office: string;
}) {
  const t = useT();
  const k = useKpiText();
  const decisions = items.filter((i) => i.kind === 'decision');
  const actions = items.filter((i) => i.kind === 'action' && i.state !== '已撤销');
  const cn = ['一', '二', '三', '四', '五', '六'];
  let h = 0;
  const head = (s: string) => <h2>{t('mt.minutes.heading', { n: cn[h++] ?? String(h), text: s })}</h2>;
  return createPortal(
    <div className="mt-minutes" data-testid="mt-minutes">
      <style>{PAGE_CSS}</style>
      <div className="mt-minutes-mark">{t('mt.minutes.mark', { office: office || t('app.defaultOffice') })}</div>
      <div className="mt-minutes-rule" />
      <h1>{meeting.title}{t('mt.minutes.suffix')}</h1>
      <p className="mt-minutes-lead">{t('mt.minutes.lead', { date: meeting.date, people: meeting.participants.join('、') || t('mt.minutes.noPeople'), n: meeting.agenda.length })}</p>
      {head(t('mt.minutes.agenda'))}
      <ol>{meeting.agenda.map((a) => <li key={a.id}>{agendaKindLabel(a, t)}：{a.title}（{t('mt.presenter.by', { name: a.presenter })}）</li>)}</ol>
      {diff && (
        <>
          {head(t('mt.minutes.since'))}
          <p>{diff.kpis.filter((d) => d.delta !== null).map((d) => `${k.label(d.key)} ${k.value(d.key, d.after)}（${k.delta(d.key, d.delta)}）`).join('；') || t('mt.since.noMoves')}</p>
          {diff.stages.length > 0 && <p>{t('mt.since.stages')}：{diff.stages.map((s) => `${s.title} ${s.before ?? '—'}→${s.after ?? '—'}`).join('；')}</p>}
        </>
      )}
      {head(t('mt.minutes.decisions'))}
      {decisions.length === 0 ? <p>{t('mt.minutes.none')}</p> : <ol>{decisions.map((d) => <li key={d.id}>{d.text}</li>)}</ol>}
      {head(t('mt.minutes.actions'))}
      {actions.length === 0 ? <p>{t('mt.minutes.none')}</p> : (
        <ol>{actions.map((a) => <li key={a.id}>{t('mt.minutes.action', { text: a.text, owner: a.owner, day: a.deadline, n: a.workingDays })}</li>)}</ol>
      )}
      <div className="mt-minutes-sign">{office || t('app.defaultOffice')}<br />{meeting.date}</div>
      <div className="mt-minutes-colophon">
        {snap ? t('mt.minutes.colophon', { at: formatLocal(snap.takenAt), hash: snap.sha256 }) : t('mt.minutes.notFrozen')}
      </div>
    </div>,
    document.body,
  );
}
