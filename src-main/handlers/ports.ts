/*
 * What the handlers need from the desktop, as small ports. Electron implements them in
 * src-main/window/electron-ports.ts; tests and the e2e harness pass fakes, so the handlers run
 * under plain Node without the electron module.
 */

import type { KeyringPort } from './signing-key-file';

export type FileFilter = { name: string; extensions: string[] };

export type SaveDialogRequest = {
  /** Dialog title, Chinese. */
  title: string;
  /** The file name to propose (no folder; the port picks the folder). */
  suggestedName: string;
  filters?: FileFilter[];
};

export type DialogPort = {
  /** Asks where to save; resolves to the absolute path chosen, or null when the user cancels. */
  showSaveDialog(request: SaveDialogRequest): Promise<string | null>;
};

export type PdfOptions = { landscape: boolean; pageSize: 'A4' | 'A3' };

export type PrinterPort = {
  /** Renders the calling window as PDF bytes. */
  printToPdf(options: PdfOptions): Promise<Uint8Array>;
};

export type WindowStateSnapshot = { maximized: boolean; fullScreen: boolean };

export type WindowPort = {
  getState(): WindowStateSnapshot;
};

/** A display as main reports it (see src-main/bigscreen/display-choice.ts). */
export type DisplayInfoPort = { id: number; label: string; bounds: { x: number; y: number; width: number; height: number }; scaleFactor: number; primary: boolean };

export type BigScreenPort = {
  /** The displays attached now. */
  listDisplays(): DisplayInfoPort[];
  /** Shows the big-screen window full screen on `display`, loading the page at `hash`. */
  open(display: DisplayInfoPort, hash: string): void;
};

/** Ports bound to the window that made one call; they override the dispatcher's defaults. */
export type CallContext = {
  dialogs?: DialogPort;
  printer?: PrinterPort;
  window?: WindowPort;
};

/** What the dispatcher is created with. */
export type DispatcherContext = {
  /** The app's data folder (Electron's userData); evidence lives under `<dataDir>/evidence`. */
  dataDir: string;
  dialogs?: DialogPort;
  printer?: PrinterPort;
  window?: WindowPort;
  /** The OS keyring (safeStorage), only where a real one backs it; wraps the signing key file once more. */
  keyring?: KeyringPort | null;
  bigScreen?: BigScreenPort;
  /** Name and version for 'app:info'; defaults to package.json. */
  app?: { name: string; version: string };
  /** The system key store that encrypts the office server's password (Electron safeStorage). */
  secrets?: SecretPort;
  /** The PostgreSQL migration files (the packaged app ships them under its resources). */
  migrationsDir?: string;
};

export type { SecretPort } from '../server-db/connection-settings';
import type { SecretPort } from '../server-db/connection-settings';
