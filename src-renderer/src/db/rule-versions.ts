/**
 * Versions of rule sets as db.ruleSets stores them (pure, no storage): rows of several kinds
 * (assessment, chronic detection) share the table, keyed by [id+version]. Saving makes a new
 * version and never changes an old one.
 */
import { newVersion, type Versioned } from '@core/base/rules/versioned';

/** A stored row: a rule set version and the feature it belongs to. */
export type RuleRow<T> = Versioned<T> & { kind: string };

/** The built-in version first, then the stored ones of `kind`: by id, newest version first. */
export function versionsOf<T>(rows: readonly RuleRow<unknown>[], kind: string, builtin: Versioned<T>): Versioned<T>[] {
  const mine = rows.filter((r) => r.kind === kind).map(({ kind: _k, ...r }) => r as Versioned<T>);
  mine.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : b.version - a.version));
  return [builtin, ...mine];
}

/**
 * The row that saves `body` as the next version of `id`: version 1 for a new id, one past the
 * newest stored (or the built-in, when `id` is the built-in's). Throws a Chinese message when
 * the id belongs to another kind's rule sets (their keys would collide).
 */
export function nextVersionRow<T>(rowsOfId: readonly RuleRow<unknown>[], kind: string, builtin: Versioned<T>, id: string, body: T, now: number): RuleRow<T> {
  const other = rowsOfId.find((r) => r.kind !== kind);
  if (other) throw new Error(`规则集编号「${id}」已被其他功能的规则使用，请换一个编号`);
  const stored = (rowsOfId as RuleRow<T>[]).filter((r) => r.kind === kind).sort((a, b) => b.version - a.version)[0] ?? null;
  const prev = stored ?? (id === builtin.id ? builtin : null);
  return { ...newVersion(prev, id, body, now), kind };
}
