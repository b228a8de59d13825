import { dirname, join } from 'node:path';
import { app, dialog, type BrowserWindow, type WebContents } from 'electron';
import type { DialogPort, PrinterPort, WindowPort } from '../handlers';

/** The folder of the last save in this session: monthly reports usually go to the same place. */
let lastFolder: string | null = null;

/** Save dialogs, modal to `win` when there is one; proposes the last folder used, else Documents. */
export function electronDialogs(win: BrowserWindow | null): DialogPort {
  return {
    async showSaveDialog({ title, suggestedName, filters }) {
      const folder = lastFolder ?? app.getPath('documents');
      const options = { title, defaultPath: join(folder, suggestedName), filters, properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const] };
      const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (r.canceled || !r.filePath) return null;
      lastFolder = dirname(r.filePath);
      return r.filePath;
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
