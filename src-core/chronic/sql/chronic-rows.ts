/**
 * The rows of the chronic statements (compile-chronic.ts) as the `chronic --format json` result,
 * in the order and form of the in-memory engine (chronic-index.ts, cli-result.ts): cases by rule
 * (R1, R2, R6), then firstAt, key and first ticket of the chain; ticket lists sorted; flags by
 * ticket id with their rules in the order R3, R4, R5. Keys as the engine writes them: R1
 * `addressKey|category2`, R2 the masked phone and category level 1 (DOMAIN.md section 7).
 */
import { formatLocal } from '../../base/time/shanghai';
import { maskPhone } from '../../data/masking/mask-phone';
import type { ChronicCliResult } from '../cli-result';
import type { ChronicRuleSet, FlagRuleId } from '../rule-set';

export type ChainRow = { k: string; s: string; ids: string[]; first_at: Date | string | number; last_at: Date | string | number };
export type FlagRow = { id: string; r3: boolean; r4: boolean; r5: boolean };

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const ms = (v: Date | string | number): number => (v instanceof Date ? v.getTime() : typeof v === 'number' ? v : Date.parse(v));

type Case = ChronicCliResult['cases'][number] & { at: number; head: string };

function chainCase(rule: 'R1' | 'R2', r: ChainRow): Case {
  const first = ms(r.first_at), last = ms(r.last_at);
  const key = rule === 'R1' ? `${r.k}|${r.s}` : `${maskPhone(r.k)}|${r.s}`;
  return { rule, tickets: [...r.ids].sort(cmp), firstAt: formatLocal(first), lastAt: formatLocal(last), key, at: first, head: r.ids[0]! };
}

/**
 * The CLI result from the R1 and R2 chain rows, the flag rows, and the R6 cases as the engine
 * found them (already in its order).
 */
export function chronicFromRows(p: {
  asOf: string; ruleSet: ChronicRuleSet; r1: readonly ChainRow[]; r2: readonly ChainRow[]; flags: readonly FlagRow[];
  r6: ChronicCliResult['cases'];
}): ChronicCliResult {
  const keyed = [...p.r1.map((r) => chainCase('R1', r)), ...p.r2.map((r) => chainCase('R2', r))];
  const order = { R1: 0, R2: 1, R6: 2 } as const;
  keyed.sort((a, b) => order[a.rule] - order[b.rule] || a.at - b.at || cmp(a.key, b.key) || cmp(a.head, b.head));
  const cases = keyed.map(({ rule, tickets, firstAt, lastAt, key }) => ({ rule, tickets, firstAt, lastAt, key }));
  const flags = [...p.flags].sort((a, b) => cmp(a.id, b.id)).map((f) => {
    const rules: FlagRuleId[] = [];
    if (f.r3) rules.push('R3');
    if (f.r4) rules.push('R4');
    if (f.r5) rules.push('R5');
    return { ticket: f.id, rules };
  });
  const rs = p.ruleSet;
  return { asOf: p.asOf, ruleSet: { id: rs.id, version: rs.version, sha256: rs.sha256 }, cases: [...cases, ...p.r6], flags };
}
