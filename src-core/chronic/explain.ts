import type { TicketTable } from '../data/table/ticket-table';
import { formatLocal, formatLocalDate } from '../base/time/shanghai';
import { CHRONIC_RULE_NAMES, type ChronicRuleBody } from './rule-set';
import type { DetectedCase, DetectedFlag } from './types';

/**
 * Chinese sentences that say why a case was detected: the rule and its threshold, what the
 * tickets share, the dates and gaps, and for R6 the similarity of each link.
 */
export function explainCase(table: TicketTable, c: DetectedCase, rules: ChronicRuleBody): string[] {
  const ids = table.text.id;
  const first = formatLocal(c.firstAt), last = formatLocal(c.lastAt);
  const gaps = c.gapsDays.map((g) => g.toFixed(1));
  const maxGap = c.gapsDays.length ? Math.max(...c.gapsDays).toFixed(1) : '0';
  const lines: string[] = [];
  const ev = c.evidence;
  if (ev.rule === 'R1') {
    lines.push(`${c.rule} ${CHRONIC_RULE_NAMES.R1}：${c.rows.length} 张工单地址相同（地址键"${ev.addressKey}"）且二级分类都是"${ev.category2}"。`);
    lines.push(`原始地址写法：${ev.addresses.join('；')}`);
    lines.push(`受理时间 ${first} 至 ${last}，相邻间隔 ${gaps.join('、')} 天，最大 ${maxGap} 天，不超过 ${rules.r1.gapDays} 天，达到 ${rules.r1.minTickets} 张。`);
  } else if (ev.rule === 'R2') {
    lines.push(`${c.rule} ${CHRONIC_RULE_NAMES.R2}：${c.rows.length} 张工单来自同一号码 ${ev.phoneMasked}，一级分类都是"${ev.category1}"。`);
    lines.push(`受理时间 ${first} 至 ${last}，相邻间隔 ${gaps.join('、')} 天，最大 ${maxGap} 天，不超过 ${rules.r2.gapDays} 天，达到 ${rules.r2.minTickets} 张。`);
  } else {
    lines.push(`${c.rule} ${CHRONIC_RULE_NAMES.R6}：${ev.street} 的 ${c.rows.length} 张工单诉求内容相似（字符三元组 Jaccard ≥ ${rules.r6.threshold}）。`);
    for (const l of ev.links) lines.push(`  ${ids.get(l.a)} ↔ ${ids.get(l.b)}：相似度 ${l.similarity.toFixed(2)}`);
    lines.push(`受理时间 ${first} 至 ${last}，相邻间隔 ${gaps.join('、')} 天，不超过 ${rules.r6.gapDays} 天。`);
  }
  lines.push(`工单：${c.rows.map((r) => ids.get(r)).join('、')}`);
  return lines;
}

/** Chinese sentences for a flagged ticket: which of R3–R5 and the values that triggered it. */
export function explainFlag(table: TicketTable, f: DetectedFlag, rules: ChronicRuleBody): string[] {
  const lines: string[] = [];
  for (const r of f.rules) {
    if (r === 'R3') lines.push(`R3 ${CHRONIC_RULE_NAMES.R3}：重办 ${f.reopens} 次（≥ ${rules.r3.minReopens}）`);
    if (r === 'R4') {
      const parts: string[] = [];
      if (f.rejects >= rules.r4.minRejects) parts.push(`退单 ${f.rejects} 次（≥ ${rules.r4.minRejects}）`);
      if (f.pingPong) parts.push(`派单路径来回：${f.dispatchSeq.join(' → ')}`);
      lines.push(`R4 ${CHRONIC_RULE_NAMES.R4}：${parts.join('；')}`);
    }
    if (r === 'R5' && f.dueAt !== null) lines.push(`R5 ${CHRONIC_RULE_NAMES.R5}：办理时限 ${formatLocalDate(f.dueAt)}，至检测日已超 ${Math.floor(f.overdueDays ?? 0)} 天（> ${rules.r5.overdueDays}）仍未办结`);
  }
  return lines.length ? [`工单 ${table.text.id.get(f.row)}`, ...lines] : [];
}
