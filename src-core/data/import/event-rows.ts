/** Validation of flow-event rows into {@link FlowEvent} records (DOMAIN.md section 3). */
import { FLOW_ACTIONS, type FlowAction, type FlowEvent } from '../tickets/ticket';
import { cellDateTime, cellText, EnumReader } from './cell-values';
import type { ColumnPlan } from './headers';
import type { ReportBuilder } from './report';
import { importMessage } from './messages';
import type { Cell } from './types';

const ACTIONS = new EnumReader(FLOW_ACTIONS);

/**
 * Turns the cells of one event row into a flow event, or records why not. Duplicates do not
 * apply to events: every valid row is accepted. `seq` is the 0-based order of the row among
 * the file's data rows, so events with equal times keep their file order.
 */
export class EventRowReader {
  private readonly idx: Record<'ticket' | 'at' | 'action' | 'unit' | 'target' | 'note', number>;
  private readonly labels: Record<string, string>;
  private seq = 0;

  /** `serialDays` is added to date serials (1462 for a 1904-system workbook). */
  constructor(plan: ColumnPlan, private readonly report: ReportBuilder, private readonly serialDays = 0) {
    this.idx = { ticket: -1, at: -1, action: -1, unit: -1, target: -1, note: -1 };
    this.labels = { ticket: '工单编号', at: '时间', action: '动作' };
    for (const c of plan.columns) {
      if (c.key in this.idx) {
        this.idx[c.key as keyof typeof this.idx] = c.index;
        if (c.header !== '') this.labels[c.key] = c.header;
      }
    }
  }

  read(cells: readonly Cell[], row: number): FlowEvent | null {
    const seq = this.seq++;
    const get = (i: number): Cell => (i < 0 ? '' : cells[i] ?? '');
    const report = this.report;
    report.rows++;
    const ticket = cellText(get(this.idx.ticket));
    if (ticket === '') { report.reject(row, this.labels.ticket!, '', importMessage('import.idEmpty')); return null; }
    const atCell = get(this.idx.at);
    const atText = cellText(atCell);
    if (atText === '') { report.reject(row, this.labels.at!, '', importMessage('import.eventTimeEmpty')); return null; }
    const at = cellDateTime(atCell, this.serialDays);
    if (Number.isNaN(at)) { report.reject(row, this.labels.at!, atText, importMessage('import.badDateTime')); return null; }
    const actionText = cellText(get(this.idx.action));
    const action = ACTIONS.read(actionText);
    if (action === null) {
      report.reject(row, this.labels.action!, actionText, actionText === '' ? importMessage('import.eventActionEmpty') : importMessage('import.eventBadAction', { values: FLOW_ACTIONS.join('、') }));
      return null;
    }
    report.accepted++;
    return {
      ticket, at, action: action as FlowAction,
      unit: cellText(get(this.idx.unit)), target: cellText(get(this.idx.target)), note: cellText(get(this.idx.note)), seq,
    };
  }
}
