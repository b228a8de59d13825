/** `--save`: keeps what a --db command printed in the `results` table, with the rule set it ran under. */
import type { ClientBase } from 'pg';
import type { Versioned } from '@core/base/rules/versioned';

export type SaveRequest = { command: string; params: Record<string, unknown> };

/**
 * Stores the rule set version (once: a stored version never changes, and a different body under
 * the same id and version is refused) and the output. Returns the result's id.
 */
export async function saveResult(
  client: ClientBase, req: SaveRequest, ruleSet: { kind: 'assess' | 'chronic'; set: Versioned<unknown> } | null, output: unknown,
): Promise<number> {
  await client.query('BEGIN');
  try {
    if (ruleSet) {
      const { kind, set } = ruleSet;
      await client.query(
        'INSERT INTO rule_sets (kind, id, version, sha256, body) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (kind, id, version) DO NOTHING',
        [kind, set.id, set.version, set.sha256, JSON.stringify(set.body)],
      );
      const stored = await client.query<{ sha256: string }>('SELECT sha256 FROM rule_sets WHERE kind = $1 AND id = $2 AND version = $3', [kind, set.id, set.version]);
      if (stored.rows[0]!.sha256 !== set.sha256) {
        throw new Error(`数据库中已有规则集 ${set.id} 第 ${set.version} 版，但内容不同（sha256 ${stored.rows[0]!.sha256.slice(0, 12)}…）；修改过的规则请使用新的版本号`);
      }
    }
    const r = await client.query<{ id: string }>(
      'INSERT INTO results (command, rule_set_kind, rule_set_id, rule_set_version, params, output) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
      [req.command, ruleSet?.kind ?? null, ruleSet?.set.id ?? null, ruleSet?.set.version ?? null, JSON.stringify(req.params), JSON.stringify(output)],
    );
    await client.query('COMMIT');
    return Number(r.rows[0]!.id);
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  }
}
