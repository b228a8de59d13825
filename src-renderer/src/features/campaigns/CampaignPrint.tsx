import { memo, useMemo } from 'react';
import { createPortal } from 'react-dom';
import type { WorkCalendar } from '@core/base/calendar/working-days';
import type { Campaign, CampaignProblem, CampaignTask, ProgressReport } from '@core/campaigns/campaign';
import { campaignScorecard } from '@core/campaigns/scorecard';
import { SELECTOR_FIELDS } from '@core/campaigns/selector';
import type { OutcomeResponse } from '@renderer/engine/computations/campaign';
import { useFormat, useLocale, useT } from '@renderer/i18n';
import { causeSentence, figureLabel } from './cause-text';
import { fieldLabel, roleLabel, statusLabel, typeLabel } from './labels';
import { showFigure } from './OutcomePanel';
import { punct } from './locale-text';
import { useCampaignRun } from './use-campaign';

const FIGURES = ['before', 'after', 'beforeLastYear', 'afterLastYear', 'change', 'effect', 'effectCi'] as const;

function OutcomeRows({ c, p }: { c: Campaign; p: CampaignProblem }) {
  const t = useT();
  const f = useFormat();
  const locale = useLocale();
  const k = c.evaluation?.windowMonths ?? 3;
  const run = useCampaignRun<OutcomeResponse>({ op: 'outcome', selector: p.selector, from: c.from, to: c.to, windowMonths: k }, `${JSON.stringify(p.selector)}:${c.from}:${c.to}:${k}`);
  const o = run.data;
  return (
    <>
      <tr>
        <td>{p.title}</td>
        {FIGURES.map((x) => <td key={x}>{o ? showFigure(f, x, o.outcome[x]) : '…'}</td>)}
      </tr>
      {o && o.causes.length > 0 && <tr><td colSpan={8} className="campaign-print-note">{o.causes.map((x) => causeSentence(x, locale, t)).join(punct(locale).semi)}</td></tr>}
    </>
  );
}

/**
 * The printable campaign report (print or save as PDF): basics, problems and units, the per-unit
 * task and report tally, milestones, policy outputs, the outcome figures and the evaluation. Shown
 * only when printing (campaigns.css), as the assessment's print view is.
 */
export const CampaignPrint = memo(function CampaignPrint({ c, tasks, reports, cal, day, office }: {
  c: Campaign; tasks: CampaignTask[]; reports: ProgressReport[]; cal: WorkCalendar; day: string; office: string;
}) {
  const t = useT();
  const f = useFormat();
  const pu = punct(useLocale());
  // Rendered with every page of the campaign (hidden until printed): computed only when the data changes.
  const score = useMemo(() => campaignScorecard(cal, c, tasks, reports, day), [cal, c, tasks, reports, day]);
  // In a portal on <body>, so the printed page starts at the top of the paper.
  return createPortal(
    <div className="campaign-print" data-testid="campaign-print">
      <h2>{t('cmp.print.title', { office: office || t('app.defaultOffice'), theme: c.theme })}</h2>
      <div className="campaign-print-meta">
        {t('cmp.print.meta', { id: c.id, type: typeLabel(c.type, t), status: statusLabel(c.status, t), from: c.from, to: c.to, lead: c.leadUnit, day })}
      </div>
      <h3>{t('cmp.print.problems')}</h3>
      <table>
        <thead><tr><th>{t('cmp.f.problemTitle')}</th><th>{t('cmp.print.selector')}</th><th>{t('cmp.f.problemLead')}</th><th>{t('cmp.f.coUnits')}</th></tr></thead>
        <tbody>
          {c.problems.map((p) => (
            <tr key={p.id}>
              <td>{p.title}</td>
              <td>{SELECTOR_FIELDS.filter((x) => p.selector[x].length).map((x) => `${fieldLabel(x, t)}${pu.colon}${p.selector[x].join(pu.list)}`).join(pu.semi)}</td>
              <td>{p.leadUnit}</td>
              <td>{p.coUnits.map((u) => `${u.unit}${pu.paren(roleLabel(u.role, t))}`).join(pu.list) || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('cmp.print.units')}</h3>
      <table>
        <thead><tr><th>{t('cmp.f.unit')}</th><th>{t('cmp.score.tasks')}</th><th>{t('cmp.standing.onTime')}</th><th>{t('cmp.standing.late')}</th><th>{t('cmp.standing.overdue')}</th><th>{t('cmp.standing.open')}</th><th>{t('cmp.score.onTimeRate')}</th><th>{t('cmp.score.reports')}</th></tr></thead>
        <tbody>
          {score.map((r) => (
            <tr key={r.unit}><td>{r.unit}</td><td>{r.tasks.total}</td><td>{r.tasks.onTime}</td><td>{r.tasks.late}</td><td>{r.tasks.overdue}</td><td>{r.tasks.open}</td><td>{r.onTimeRate === null ? '—' : f.percent(r.onTimeRate, 1)}</td><td>{r.reports}</td></tr>
          ))}
        </tbody>
      </table>
      <h3>{t('cmp.plan.milestones')}</h3>
      <table>
        <thead><tr><th>{t('cmp.f.milestone')}</th><th>{t('cmp.f.due')}</th><th>{t('cmp.f.standing')}</th></tr></thead>
        <tbody>{c.milestones.map((m) => <tr key={m.id}><td>{m.title}</td><td>{m.due}</td><td>{m.doneAt !== null ? t('cmp.plan.doneAt', { day: f.date(m.doneAt) }) : day > m.due ? t('cmp.standing.overdue') : t('cmp.standing.open')}</td></tr>)}</tbody>
      </table>
      <h3>{t('cmp.plan.policies')}</h3>
      {c.policies.length === 0 ? <div className="campaign-print-note">{t('cmp.plan.noPolicies')}</div> : (
        <table>
          <thead><tr><th>{t('cmp.f.policyTitle')}</th><th>{t('cmp.f.docNo')}</th><th>{t('cmp.f.date')}</th><th>{t('cmp.f.issuer')}</th></tr></thead>
          <tbody>{c.policies.map((p) => <tr key={p.id}><td>{p.title}</td><td>{p.docNo}</td><td>{p.date}</td><td>{p.unit}</td></tr>)}</tbody>
        </table>
      )}
      <h3>{t('cmp.print.outcome', { n: c.evaluation?.windowMonths ?? 3 })}</h3>
      <table>
        <thead><tr><th>{t('cmp.f.problem')}</th>{FIGURES.map((x) => <th key={x}>{figureLabel(x, t)}</th>)}</tr></thead>
        <tbody>{c.problems.map((p) => <OutcomeRows key={p.id} c={c} p={p} />)}</tbody>
      </table>
      <h3>{t('cmp.eval.conclusion')}</h3>
      <div>{c.evaluation ? `${c.evaluation.conclusion}${pu.paren(`${c.evaluation.by}${pu.list}${f.dateTime(c.evaluation.at)}`)}` : t('cmp.print.noEvaluation')}</div>
    </div>,
    document.body,
  );
});
