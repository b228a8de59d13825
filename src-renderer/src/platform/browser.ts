import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { evidenceRef, parseEvidenceRef } from '@core/ipc/evidence-ref';
import { db } from '@renderer/db';
import { version } from '../../../package.json';
import { PlatformError, type Platform, type SaveResult } from './types';

/** A stored evidence file in db.evidence (key: sha256). */
export type EvidenceRow = {
  sha256: string;
  size: number;
  fileName: string;
  /** Cases that attached these bytes. */
  caseIds: string[];
  at: number;
  bytes: Uint8Array;
};

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const NEEDS_DESKTOP = '连接单位的数据库服务器需要督办工作台桌面版（连接和密码由桌面版主程序保管）；也可以在命令行用 npm run cli -- assess --db 连接串 … 在服务器上计算';
const unavailable = (): Promise<never> => Promise.reject(new PlatformError('UNAVAILABLE', NEEDS_DESKTOP));

/** The browser build has no main process to hold a server connection: every call says so. */
const browserServer: Platform['server'] = {
  available: false,
  settings: unavailable, saveSettings: unavailable, test: unavailable, assess: unavailable, hotspots: unavailable,
};

/** The platform of the browser build: downloads, window.print, evidence in IndexedDB. */
export function createBrowserPlatform(): Platform {
  return {
    kind: 'browser',
    async saveFile(name, bytes, mime): Promise<SaveResult> {
      download(name, new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime }));
      return { saved: true, path: null };
    },
    async print() {
      window.print();
    },
    async printPdf(name) {
      // The browser cannot write a PDF itself: its print dialog offers “另存为 PDF”; the title
      // becomes the suggested file name.
      const title = document.title;
      document.title = name.replace(/\.pdf$/i, '');
      try { window.print(); } finally { document.title = title; }
      return { saved: false, path: null };
    },
    async appInfo() {
      const chrome = /Chrome\/([\d.]+)/.exec(navigator.userAgent)?.[1];
      return { name: '督办工作台', version, kind: 'browser', ...(chrome ? { chrome } : {}) };
    },
    async putEvidence(caseId, fileName, bytes) {
      const hash = bytesToHex(sha256(bytes));
      await db.transaction('rw', db.evidence, async () => {
        const old = (await db.evidence.get(hash)) as EvidenceRow | undefined;
        const row: EvidenceRow = old
          ? { ...old, caseIds: old.caseIds.includes(caseId) ? old.caseIds : [...old.caseIds, caseId] }
          : { sha256: hash, size: bytes.byteLength, fileName, caseIds: [caseId], at: Date.now(), bytes: bytes.slice() };
        await db.evidence.put(row);
      });
      // The same reference shape as the desktop app's, so case records are portable.
      return { sha256: hash, size: bytes.byteLength, ref: evidenceRef(hash) };
    },
    async getEvidence(ref) {
      const parsed = parseEvidenceRef(ref);
      if (!parsed) throw new PlatformError('INVALID_INPUT', `证据引用“${ref}”无法识别，请从证据列表重新选择。`);
      const hash = parsed.sha256;
      const row = (await db.evidence.get(hash)) as EvidenceRow | undefined;
      if (!row) throw new PlatformError('NOT_FOUND', '找不到该证据文件，可能已随数据清空被删除；请重新上传。');
      // Check the bytes against their name: evidence must be provably unchanged.
      if (bytesToHex(sha256(row.bytes)) !== hash) {
        throw new PlatformError('INTEGRITY', '证据文件的校验值与登记时不一致，文件可能已被修改；请联系系统管理员核查。');
      }
      return row.bytes;
    },
    async bigScreenDisplays() {
      throw new PlatformError('UNAVAILABLE', '浏览器版不能选择显示器：请点“在本窗口放映”，再按 F11 全屏；桌面版可在指定显示器上全屏放映。');
    },
    async openBigScreen() {
      throw new PlatformError('UNAVAILABLE', '浏览器版不能打开大屏窗口：请点“在本窗口放映”，再按 F11 全屏。');
    },
    server: browserServer,
  };
}
