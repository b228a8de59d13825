/**
 * Storage of the 考核 feature in the app database: rule set versions (db.ruleSets), 核减
 * requests (db.exemptions) and published snapshots (db.snapshots). Rows are the core types.
 */
import { approvedExemptionIds, type Exemption } from '@core/assess/exemptions';
import { DEFAULT_RULE_SET, type AssessRules, type AssessRuleSet } from '@core/assess/rules';
import type { AssessSnapshot } from '@core/assess/snapshot';
import { db } from '@renderer/db';
import { listRuleVersions, saveRuleVersion } from '@renderer/db/rule-sets';

/** Rule set kind stored in db.ruleSets rows, so other features' rule sets are not mixed in. */
const KIND = 'assessment';

/** All stored assessment rule set versions, newest first, after the built-in default-v1. */
export async function listRuleSets(): Promise<AssessRuleSet[]> {
  return listRuleVersions(KIND, DEFAULT_RULE_SET);
}

/**
 * Saves edited rules as a new version of `id` (version 1 for a new id; saving under
 * default-v1 creates version 2 of it). Old versions are never changed.
 */
export async function saveRuleSet(id: string, body: AssessRules): Promise<AssessRuleSet> {
  return saveRuleVersion(KIND, DEFAULT_RULE_SET, id, body);
}

export async function listExemptions(): Promise<Exemption[]> {
  return (await db.exemptions.toArray()) as unknown as Exemption[];
}

export async function putExemption(e: Exemption): Promise<number> {
  return db.exemptions.put(e as unknown as Record<string, unknown>);
}

export function approvedIds(list: readonly Exemption[]): string[] {
  return approvedExemptionIds(list);
}

export async function listSnapshots(): Promise<AssessSnapshot[]> {
  const rows = (await db.snapshots.toArray()) as unknown as AssessSnapshot[];
  return rows.sort((a, b) => b.at - a.at);
}

/** Stores a snapshot; ruleSetId is indexed as the schema declares. */
export async function addSnapshot(s: AssessSnapshot): Promise<number> {
  return db.snapshots.add(s as unknown as Record<string, unknown>);
}
