import type { IpcErrorCode } from '@core/ipc/result';

/** Thrown by a handler for an expected failure; the dispatcher turns it into `{ ok: false, error }`. */
export class IpcFailure extends Error {
  constructor(readonly code: IpcErrorCode, message: string) {
    super(message);
    this.name = 'IpcFailure';
  }
}

/**
 * An IpcFailure for a file-system error, with a Chinese message that says what to do.
 * `action` is what was being done ('保存文件'), `path` the file concerned.
 */
export function ioFailure(err: unknown, action: string, path: string): IpcFailure {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
  switch (code) {
    case 'ENOENT': return new IpcFailure('NOT_FOUND', `${action}失败：找不到 ${path}，请确认文件夹存在后重试`);
    case 'EACCES':
    case 'EPERM': return new IpcFailure('IO_ERROR', `${action}失败：没有权限写入 ${path}，请换一个文件夹或以有权限的账号重试`);
    case 'EBUSY': return new IpcFailure('IO_ERROR', `${action}失败：${path} 正被其他程序（如 Excel、WPS）占用，请关闭后重试`);
    case 'ENOSPC': return new IpcFailure('IO_ERROR', `${action}失败：磁盘空间不足，请清理磁盘后重试`);
    case 'EROFS': return new IpcFailure('IO_ERROR', `${action}失败：${path} 所在磁盘是只读的，请换一个位置`);
    default: return new IpcFailure('IO_ERROR', `${action}失败（${code || String(err)}）：${path}，请重试；如仍失败请联系管理员`);
  }
}
