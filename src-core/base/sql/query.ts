/**
 * Building parameterized SQL as plain strings (the rule-set compilers of src-core produce these;
 * the CLI and the main process run them with `pg`). Values always travel as bind parameters
 * ($1, $2, …); only identifiers and structure chosen by the compiler are written into the text.
 */

/** A statement and its parameters, ready for `client.query(text, params)`. */
export type SqlQuery = { text: string; params: unknown[] };

/** Collects bind parameters; `p(v)` returns the placeholder of `v` (one per distinct call). */
export class SqlParams {
  readonly values: unknown[] = [];

  /** Placeholder for `v`, with an explicit cast (PostgreSQL types: float8, int, text, text[], timestamptz). */
  p(v: unknown, cast: 'float8' | 'int' | 'text' | 'text[]' | 'timestamptz' | 'bool'): string {
    this.values.push(v);
    return `$${this.values.length}::${cast}`;
  }
}

/** An instant (epoch ms) as the ISO 8601 text PostgreSQL reads for timestamptz, exact to the ms. */
export function sqlInstant(t: number): string {
  return new Date(t).toISOString();
}
