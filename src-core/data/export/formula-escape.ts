/**
 * Protection against formula injection (CSV/spreadsheet injection, OWASP): a text cell whose
 * first character is one of = + - @ TAB CR is evaluated by Excel, WPS and LibreOffice as a
 * formula. Such text is prefixed with a single quote, which spreadsheets show as plain text.
 *
 * Decision on numbers: a value of type `number` is data, never text, so it is not escaped, even
 * when negative. In XLSX it stays a numeric cell (a numeric cell is never evaluated); in CSV it
 * is written as its decimal form (`-3`), which spreadsheets read as the number −3, not as a
 * formula. Text that merely looks like a number (`"-3"` as a string) is escaped like any other
 * text starting with '-', because the exporter cannot know it is harmless.
 */

/** Characters that start a formula when they open a text cell. */
export const FORMULA_TRIGGERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];

/** A cell of an exported table: text, a number, or empty (null). */
export type ExportValue = string | number | null;

/** True when `text` would be evaluated as a formula by a spreadsheet. Empty text is safe. */
export function needsFormulaEscape(text: string): boolean {
  return text.length > 0 && FORMULA_TRIGGERS.includes(text[0]!);
}

/** `text` with a leading single quote when it would start a formula; otherwise unchanged. */
export function escapeFormula(text: string): string {
  return needsFormulaEscape(text) ? `'${text}` : text;
}

/**
 * A cell made safe for an XLSX sheet: finite numbers stay numbers, NaN and ±Infinity become
 * empty (they have no cell representation), text is escaped with {@link escapeFormula}.
 */
export function safeSheetValue(v: ExportValue): ExportValue {
  if (v === null) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  return escapeFormula(v);
}
