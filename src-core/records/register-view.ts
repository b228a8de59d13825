import type { RegisterEntry } from './entry';

/**
 * A published record as it stands after its corrections: the original body with each
 * correction's `changes` laid over it in seq order, and whether a retraction withdrew it.
 * Published entries themselves never change; this is only how a reader sees them.
 */
export type CurrentRecord = {
  seq: number;
  at: string;
  original: Record<string, unknown>;
  body: Record<string, unknown>;
  corrections: number[];
  retractedBy: number | null;
};

/** Every record entry of a register with its corrections and retraction applied, in seq order. */
export function currentRecords(register: readonly RegisterEntry[]): CurrentRecord[] {
  const bySeq = new Map<number, CurrentRecord>();
  for (const e of register) {
    if (e.type === 'record') {
      bySeq.set(e.seq, { seq: e.seq, at: e.at, original: e.body, body: e.body, corrections: [], retractedBy: null });
      continue;
    }
    const target = bySeq.get(e.body.amends as number);
    if (!target) continue;
    if (e.type === 'retraction') target.retractedBy ??= e.seq;
    else {
      const changes = e.body.changes;
      if (changes && typeof changes === 'object' && !Array.isArray(changes)) target.body = { ...target.body, ...(changes as Record<string, unknown>) };
      target.corrections.push(e.seq);
    }
  }
  return [...bySeq.values()];
}

/** The current state of record `seq`, or null when `seq` is not a record entry. */
export function currentRecord(register: readonly RegisterEntry[], seq: number): CurrentRecord | null {
  return currentRecords(register).find((r) => r.seq === seq) ?? null;
}
