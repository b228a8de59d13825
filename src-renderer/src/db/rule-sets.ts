/** Rule set versions in db.ruleSets, shared by the features whose rules are data (see ./rule-versions.ts). */
import type { Versioned } from '@core/base/rules/versioned';
import { db } from './index';
import { nextVersionRow, versionsOf, type RuleRow } from './rule-versions';

/** Every version of `kind`'s rule sets, the built-in first. */
export async function listRuleVersions<T>(kind: string, builtin: Versioned<T>): Promise<Versioned<T>[]> {
  return versionsOf((await db.ruleSets.toArray()) as unknown as RuleRow<unknown>[], kind, builtin);
}

/** Saves `body` as a new version of `id` (old versions are never changed); returns it. */
export async function saveRuleVersion<T>(kind: string, builtin: Versioned<T>, id: string, body: T): Promise<Versioned<T>> {
  return db.transaction('rw', db.ruleSets, async () => {
    const rows = (await db.ruleSets.where('id').equals(id).toArray()) as unknown as RuleRow<unknown>[];
    const row = nextVersionRow(rows, kind, builtin, id, body, Date.now());
    await db.ruleSets.add(row as unknown as Record<string, unknown>);
    const { kind: _k, ...v } = row;
    return v;
  });
}
