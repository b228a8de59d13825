import type { IpcInput, IpcOutput } from '@core/ipc/contract';
import { safeFileName } from '@core/ipc/safe-file-name';
import { IpcFailure, ioFailure } from './failure';
import { requireDialogs } from './file-save';
import type { DialogPort, PrinterPort } from './ports';
import { writeFileAtomic } from './write-file-atomic';

/**
 * 'print:pdf': asks where to save first (so cancelling costs nothing), then renders the calling
 * window as PDF and writes it. Null when the user cancels.
 */
export async function printPdf(
  input: IpcInput<'print:pdf'>, dialogs: DialogPort | undefined, printer: PrinterPort | undefined,
): Promise<IpcOutput<'print:pdf'>> {
  if (!printer) throw new IpcFailure('UNAVAILABLE', '当前环境不支持打印为 PDF，请在桌面版督办工作台中操作，或使用浏览器的打印功能');
  const base = safeFileName(input.suggestedName);
  const name = /\.pdf$/i.test(base) ? base : `${base}.pdf`;
  const path = await requireDialogs(dialogs).showSaveDialog({
    title: '导出 PDF', suggestedName: name, filters: [{ name: 'PDF 文件', extensions: ['pdf'] }],
  });
  if (path === null) return null;
  let pdf: Uint8Array;
  try {
    pdf = await printer.printToPdf({ landscape: input.landscape ?? false, pageSize: input.pageSize ?? 'A4' });
  } catch (err) {
    throw new IpcFailure('INTERNAL', `生成 PDF 失败（${err instanceof Error ? err.message : String(err)}），请稍后重试`);
  }
  try {
    await writeFileAtomic(path, pdf);
  } catch (err) {
    throw ioFailure(err, '保存 PDF', path);
  }
  return path;
}
