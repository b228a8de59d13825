/** Builds the {@link ValidationReport} of one file as its rows are read. */
import { detach } from '../../base/text/detach';
import type { CoreMessage } from '../../base/text/message';
import { importMessage } from './messages';
import type {
  ColumnReport, Delimiter, DuplicateRow, Encoding, FileFormat, ImportWarning, RejectedRow, ValidationReport,
} from './types';

/** Warnings listed one by one; beyond this a single summary line says how many more there were. */
export const MAX_LISTED_WARNINGS = 1000;
/** Longest value quoted in a rejection or warning. */
const MAX_VALUE = 200;


export function clip(v: string): string {
  return v.length > MAX_VALUE ? `${v.slice(0, MAX_VALUE)}…` : detach(v);
}

export class ReportBuilder {
  rows = 0;
  accepted = 0;
  readonly rejected: RejectedRow[] = [];
  readonly duplicates: DuplicateRow[] = [];
  private readonly warnings: ImportWarning[] = [];
  private unlisted = 0;
  columns: ColumnReport[] = [];
  refused: string | undefined;
  refusal: CoreMessage | undefined;

  constructor(public format: FileFormat, public encoding: Encoding, public delimiter: Delimiter | '') {}

  reject(row: number, column: string, value: string, why: CoreMessage): void {
    this.rejected.push({ row, column, value: clip(value), reason: why.text, code: why.code, params: why.params });
  }

  warn(row: number, column: string, value: string, what: CoreMessage): void {
    if (this.warnings.length < MAX_LISTED_WARNINGS) this.warnings.push({ row, column, value: clip(value), message: what.text, code: what.code, params: what.params });
    else this.unlisted++;
  }

  /** Refuses the file as a whole: whatever was counted is dropped. */
  refuse(why: CoreMessage): void {
    this.refused = why.text;
    this.refusal = why;
    this.rows = 0;
    this.accepted = 0;
    this.rejected.length = 0;
    this.duplicates.length = 0;
  }

  build(): ValidationReport {
    const warnings = this.warnings.slice();
    if (this.unlisted > 0) {
      const m = importMessage('import.moreWarnings', { count: this.unlisted });
      warnings.push({ row: 0, column: '', value: '', message: m.text, code: m.code, params: m.params });
    }
    const r: ValidationReport = {
      format: this.format,
      rows: this.rows,
      accepted: this.accepted,
      rejected: this.rejected.slice(),
      duplicates: this.duplicates.slice(),
      encoding: this.encoding,
      delimiter: this.delimiter,
      columns: this.columns.slice(),
      warnings,
    };
    if (this.refused !== undefined) r.refused = this.refused;
    if (this.refusal !== undefined) r.refusal = this.refusal;
    return r;
  }
}
