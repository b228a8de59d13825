import { BUILTIN_CALENDAR } from '@core/base/calendar/builtin';
import { workCalendar } from '@core/base/calendar/working-days';
import { rectification, type RecordDraft } from '@core/records/model';
import { nobleSigner, type Signer } from '@core/records/keys';
import { append } from '@core/records/register';
import { isoAt, type RegisterEntry } from '@core/records/entry';

/** A fixed test key (never used outside tests). */
export const TEST_SECRET = Uint8Array.from({ length: 32 }, (_, i) => i + 1);
export const OTHER_SECRET = Uint8Array.from({ length: 32 }, (_, i) => 200 - i);
export const signer: Signer = nobleSigner(TEST_SECRET);
export const otherSigner: Signer = nobleSigner(OTHER_SECRET);

export function recordBody(i: number, kind: '表彰' | '问责' = '问责'): Record<string, unknown> {
  return {
    kind, measure: kind === '问责' ? '通报批评' : '通报表扬', subject: `第${i}街道办事处`,
    reason: kind === '问责' ? '多次退单推诿，群众反映问题久拖未决' : '诉求办理及时，群众满意度高',
    basis: { type: 'signal', signal: 'buck-passing', unit: `第${i}街道办事处` },
    evidence: { tickets: [`2026031500${String(i).padStart(4, '0')}`], cases: [], campaignTasks: [] },
    rectification: kind === '问责' ? { requirement: '十个工作日内提交整改报告', workingDays: 10, deadline: '2026-03-30' } : null,
    docNo: `督通〔2026〕${i}号`, drafter: '王录入', reviewer: '李审核', approver: '赵签发',
  };
}

/** A register of `n` entries: records, with a correction of seq 1 and a retraction of seq 2 when n ≥ 4. */
export async function sampleRegister(n: number, s: Signer = signer): Promise<RegisterEntry[]> {
  let reg: RegisterEntry[] = [];
  for (let i = 1; i <= n; i++) {
    const atSorted = isoAt(Date.parse('2026-03-10T09:00:00+08:00') + i * 60_000);
    if (n >= 4 && i === 3) reg = await append(reg, 'correction', { amends: 1, reason: '更正文号', changes: { docNo: '督通〔2026〕101号' } }, atSorted, s);
    else if (n >= 4 && i === 4) reg = await append(reg, 'retraction', { amends: 2, reason: '经申诉复核，撤销该通报' }, atSorted, s);
    else reg = await append(reg, 'record', recordBody(i, i % 2 ? '问责' : '表彰'), atSorted, s);
  }
  return reg;
}

const cal = workCalendar(BUILTIN_CALENDAR);

/** A complete 问责 draft from a buck-passing signal (deadline 2026-10-16). */
export function accountabilityDraft(over: Partial<RecordDraft> = {}): RecordDraft {
  return {
    kind: '问责', measure: '通报批评', subject: { type: 'unit', name: '东城区城管委' },
    reason: '对群众反映的占道经营问题多次退单推诿，久拖未决',
    basis: { type: 'signal', signal: 'buck-passing', unit: '东城区城管委', counts: { pingPong: 4, overturnedRejects: 2 } },
    evidence: { tickets: ['GD0001', 'GD0002'], cases: [], campaignTasks: [] },
    rectification: rectification(cal, '十个工作日内提交整改报告', '2026-09-28', 10),
    docNo: '督通〔2026〕3号', ...over,
  };
}
