/** Node helpers that stream ticket and flow-event files from disk through an import session. */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { createImportSession, type ImportOptions, type ImportSession, type ValidationReport } from '@core/data/import/index';
import type { FlowEvent, Ticket } from '@core/data/tickets/ticket';

/** Bytes read from disk at a time. */
const CHUNK = 1 << 20;

export type ReadOptions = Omit<ImportOptions, 'target' | 'fileName'>;

/**
 * Feeds a file to a session in 1 MiB chunks, calling `each` with every batch (and awaiting it
 * when it returns a promise, so a slow consumer such as a database load holds the reading back)
 * and `tap` with every chunk of bytes as read. Never holds the whole file. Throws only when the
 * file cannot be opened or read (with a Chinese message).
 */
export async function streamFile(
  path: string, session: ImportSession, each: (b: ReturnType<ImportSession['push']>) => void | Promise<void>,
  tap?: (bytes: Buffer) => void,
): Promise<ValidationReport> {
  // A consumer's failure (e.g. the database) is its own error, not "cannot read the file".
  let consumerFailed = false;
  const feed = async (b: ReturnType<ImportSession['push']>): Promise<void> => {
    try {
      const pending = each(b);
      if (pending) await pending;
    } catch (e) {
      consumerFailed = true;
      throw e;
    }
  };
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: CHUNK })) {
      tap?.(chunk as Buffer);
      await feed(session.push(chunk as Buffer));
    }
  } catch (e) {
    if (consumerFailed) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error(`找不到文件：${path}`);
    if (code === 'EISDIR') throw new Error(`这是一个文件夹，不是文件：${path}`);
    if (code === 'EACCES' || code === 'EPERM') throw new Error(`没有权限读取文件：${path}`);
    throw new Error(`无法读取文件 ${path}：${e instanceof Error ? e.message : String(e)}`);
  }
  await feed(session.end());
  return session.report();
}

/** Reads a ticket file (CSV or XLSX): the accepted tickets and the validation report. */
export async function readTicketFile(path: string, opts: ReadOptions = {}): Promise<{ tickets: Ticket[]; report: ValidationReport }> {
  const session = createImportSession({ ...opts, target: 'tickets', fileName: basename(path) });
  const tickets: Ticket[] = [];
  const report = await streamFile(path, session, (b) => { for (const t of b.tickets) tickets.push(t); });
  return { tickets, report };
}

/** Reads a flow-event file (CSV or XLSX): the accepted events and the validation report. */
export async function readEventFile(path: string, opts: ReadOptions = {}): Promise<{ events: FlowEvent[]; report: ValidationReport }> {
  const session = createImportSession({ ...opts, target: 'events', fileName: basename(path) });
  const events: FlowEvent[] = [];
  const report = await streamFile(path, session, (b) => { for (const e of b.events) events.push(e); });
  return { events, report };
}

/** Validates a file without keeping its rows (for files of any size): the report only. */
export async function validateFile(path: string, target: 'tickets' | 'events', opts: ReadOptions = {}): Promise<ValidationReport> {
  const session = createImportSession({ ...opts, target, fileName: basename(path), keepRows: false });
  return streamFile(path, session, () => {});
}
