/** How every IPC call answers: errors are data, never thrown across the bridge and never `null`. */

/** Error codes a caller may branch on. */
export const IPC_ERROR_CODES = [
  'UNKNOWN_CHANNEL',
  'FORBIDDEN_SENDER',
  'INVALID_INPUT',
  'NOT_FOUND',
  'TOO_LARGE',
  'IO_ERROR',
  'UNAVAILABLE',
  'INTEGRITY',
  'INTERNAL',
] as const;
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

/** `message` is Chinese, for the user, and says what to do. */
export type IpcError = { code: IpcErrorCode; message: string };

export type IpcOk<T> = { ok: true; value: T };
export type IpcFail = { ok: false; error: IpcError };
export type IpcResult<T> = IpcOk<T> | IpcFail;

/** A success result. */
export function ok<T>(value: T): IpcOk<T> {
  return { ok: true, value };
}

/** A failure result with a Chinese message. */
export function fail(code: IpcErrorCode, message: string): IpcFail {
  return { ok: false, error: { code, message } };
}
