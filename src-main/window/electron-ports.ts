import { join } from 'node:path';
import { app, dialog, type BrowserWindow, type WebContents } from 'electron';
import type { DialogPort, PrinterPort, WindowPort } from '../handlers';

/** Save dialogs, modal to `win` when there is one; proposes the user's Documents folder. */
export function electronDialogs(win: BrowserWindow | null): DialogPort {
  return {
    async showSaveDialog({ title, suggestedName, filters }) {
      const options = { title, defaultPath: join(app.getPath('documents'), suggestedName), filters, properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const] };
      const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
  };
}

/** PDF of what `contents` shows, backgrounds included (charts and coloured tags). */
export function electronPrinter(contents: WebContents): PrinterPort {
  return {
    async printToPdf({ landscape, pageSize }) {
      const buf = await contents.printToPDF({ landscape, pageSize, printBackground: true, generateDocumentOutline: true });
      return new Uint8Array(buf);
    },
  };
}

/** Maximized / full-screen state of `win`. */
export function electronWindowPort(win: BrowserWindow | null): WindowPort | undefined {
  if (!win) return undefined;
  return { getState: () => ({ maximized: win.isMaximized(), fullScreen: win.isFullScreen() }) };
}
