/** What the renderer asks of the machine it runs on: files, printing, evidence, app facts, the office server. */
import type { IpcInput, IpcOutput } from '@core/ipc/contract';

export type SaveResult = { saved: boolean; /** Where it went (Electron), null in the browser or when cancelled. */ path: string | null };

export type AppInfo = {
  name: string;
  version: string;
  kind: 'electron' | 'browser';
  /** Electron/Chromium versions and the data folder, when known. */
  electron?: string;
  chrome?: string;
  dataDir?: string;
};

export type EvidenceReceipt = {
  /** SHA-256 of the bytes, lower-case hex. */
  sha256: string;
  /** Bytes. */
  size: number;
  /** Opaque reference to pass to getEvidence. */
  ref: string;
};

/** The office's PostgreSQL server as the page sees it (main keeps the password). */
export type ServerSettings = IpcOutput<'server:settings'>;
export type ServerTest = IpcOutput<'server:test'>;

/**
 * The office server, reached through the main process (desktop app only; in the browser build
 * every call fails with PlatformError 'UNAVAILABLE' saying it needs the desktop app or the CLI).
 */
export type OfficeServer = {
  available: boolean;
  settings(): Promise<ServerSettings>;
  saveSettings(input: IpcInput<'server:save-settings'>): Promise<ServerSettings>;
  test(): Promise<ServerTest>;
  /** Assessment over the server's full store: the report `assess --db` prints. */
  assess(input: IpcInput<'server:assess'>): Promise<IpcOutput<'server:assess'>>;
  /** Hotspots of a month on the server: the report `hotspots --db` prints. */
  hotspots(input: IpcInput<'server:hotspots'>): Promise<IpcOutput<'server:hotspots'>>;
};

export type Platform = {
  kind: 'electron' | 'browser';
  /** Saves bytes as a file the user picks (Electron) or downloads them (browser). */
  saveFile(name: string, bytes: Uint8Array, mime: string): Promise<SaveResult>;
  /** Prints the current page with the system dialog. */
  print(): Promise<void>;
  /** Saves the current page as a PDF named `name` (browser: the print dialog's “save as PDF”). */
  printPdf(name: string): Promise<SaveResult>;
  appInfo(): Promise<AppInfo>;
  /** Stores an evidence file for a case, content-addressed by SHA-256. */
  putEvidence(caseId: string, fileName: string, bytes: Uint8Array): Promise<EvidenceReceipt>;
  /** The bytes of stored evidence; throws PlatformError 'NOT_FOUND' or 'INTEGRITY' (bytes changed). */
  getEvidence(ref: string): Promise<Uint8Array>;
  /** The displays attached and the one the big screen would open on (desktop only; the browser throws 'UNAVAILABLE'). */
  bigScreenDisplays(): Promise<{ displays: DisplayInfo[]; chosen: number | null }>;
  /** Opens the big-screen window full screen on a display (null: the one used last), playing `preset` (desktop only). */
  openBigScreen(displayId: number | null, preset?: string): Promise<{ displayId: number; preset: string | null }>;
  server: OfficeServer;
};

/** A display attached to the desktop. */
export type DisplayInfo = { id: number; label: string; bounds: { x: number; y: number; width: number; height: number }; scaleFactor: number; primary: boolean };

/** A failure from the platform, with a code to branch on (the IPC error codes of src-core/ipc/result.ts) and a Chinese message saying what to do. */
export class PlatformError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'PlatformError';
  }
}
