import { CsvTokenizer } from '@core/data/import/csv-tokenizer';
import { planColumns } from '@core/data/import/headers';
import { bomEncoding, decodeSample, sniff, SNIFF_BYTES } from '@core/data/import/sniff';
import type { ImportTarget } from '@core/data/import/types';
import type { FilePreview } from './api';

const PREVIEW_ROWS = 20;

/**
 * A first look at a file for the import page: format, encoding, delimiter, the header row, how
 * each header maps (as a ticket file, or as a flow-event file when that fits better) and up to
 * 20 data rows. Reads only the first 64 KiB.
 */
export async function previewFile(file: File): Promise<FilePreview & { target: ImportTarget }> {
  const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  const s = sniff(head, file.name);
  if (s.format === 'xlsx') {
    return { fileName: file.name, format: 'xlsx', encoding: '', delimiter: '', headers: [], mapping: {}, rows: [], missingRequired: [], target: 'tickets' };
  }
  const bom = bomEncoding(head);
  const text = decodeSample(bom ? head.subarray(bom.length) : head, s.encoding);
  const records: string[][] = [];
  const tok = new CsvTokenizer(s.delimiter, (fields) => { if (records.length <= PREVIEW_ROWS) records.push(fields); });
  // The sample may end inside a record: drop the last line unless the whole file fit.
  const whole = file.size <= SNIFF_BYTES;
  tok.feed(whole ? text : text.slice(0, Math.max(0, text.lastIndexOf('\n'))));
  tok.end();
  const headers = records[0] ?? [];
  const asTickets = planColumns(headers, 'tickets');
  const asEvents = planColumns(headers, 'events');
  const useEvents = asTickets.missing.length > 0 && asEvents.missing.length === 0;
  const plan = useEvents ? asEvents : asTickets;
  const mapping: Record<string, string> = {};
  for (const c of plan.columns) mapping[c.header] = c.key;
  return {
    fileName: file.name, format: 'csv', encoding: s.encoding, delimiter: s.delimiter, headers, mapping,
    rows: records.slice(1, PREVIEW_ROWS + 1), missingRequired: plan.missing, target: useEvents ? 'events' : 'tickets',
  };
}
