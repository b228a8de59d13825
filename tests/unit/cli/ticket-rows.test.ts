/** The load command's COPY lines: escaping, NULLs, derived keys, and a row hash that agrees with the store's sameTicket. */
import { describe, expect, it } from 'vitest';
import { sameTicket } from '@core/data/store/merge';
import { ticketCopyLine, TICKET_STAGE_COLUMNS } from '../../../cli/server/ticket-rows';
import { ticket } from '../assess/factory';

const fields = (line: string): string[] => line.replace(/\n$/, '').split('\t');
const hashOf = (line: string): string => fields(line).at(-1)!;

describe('ticketCopyLine', () => {
  it('writes every staging column, then the hash, escaping tabs, newlines and backslashes', () => {
    const t = ticket({ content: '第一行\n第二行\t制表\\反斜杠', address: '东城区　东华门街道 12号（北门）', category: ' 城乡建设 > 物业管理／x ＞停车管理', callerPhone: '+86 138-0013-8000', closedAt: null, rejectCount: null });
    const f = fields(ticketCopyLine(t));
    expect(f).toHaveLength(TICKET_STAGE_COLUMNS.length + 1);
    const col = (name: (typeof TICKET_STAGE_COLUMNS)[number]): string => f[TICKET_STAGE_COLUMNS.indexOf(name)]!;
    expect(col('content')).toBe('第一行\\n第二行\\t制表\\\\反斜杠');
    expect(col('closed_at')).toBe('\\N');
    expect(col('reject_count')).toBe('\\N');
    expect(col('accepted_at')).toBe(new Date(t.acceptedAt).toISOString());
    expect(col('category_path')).toBe('城乡建设/物业管理／x/停车管理');
    expect(col('category1')).toBe('城乡建设');
    expect(col('category2')).toBe('城乡建设/物业管理／x');
    expect(col('content_norm')).toBe('第一行第二行制表\\\\反斜杠');
    expect(col('address_key')).toBe('东城区东华门街道12号北门');
    expect(col('phone_key')).toBe('13800138000');
  });

  it('gives equal hashes exactly when the store calls two rows the same', () => {
    const a = ticket({ id: 'H1', extra: { 备注: '加急', 空列: '' } });
    const same = { ...a, extra: { 备注: '加急' } };
    expect(sameTicket(a, same)).toBe(true);
    expect(hashOf(ticketCopyLine(a))).toBe(hashOf(ticketCopyLine(same)));
    const changes: Partial<typeof a>[] = [
      { status: '已撤销' }, { satisfaction: '不满意' }, { closedAt: a.closedAt! + 1 }, { rejectCount: 1 }, { reopenCount: null },
      { content: `${a.content} ` }, { extra: { 备注: '一般' } }, { extra: { 备注: '加急', 新列: 'x' } }, { acceptedAt: a.acceptedAt + 1000 },
    ];
    for (const c of changes) {
      const b = { ...a, ...c };
      expect(sameTicket(a, b)).toBe(false);
      expect(hashOf(ticketCopyLine(b)), JSON.stringify(c)).not.toBe(hashOf(ticketCopyLine(a)));
    }
  });
});
