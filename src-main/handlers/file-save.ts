import type { IpcInput, IpcOutput } from '@core/ipc/contract';
import { safeFileName } from '@core/ipc/safe-file-name';
import { IpcFailure, ioFailure } from './failure';
import type { DialogPort } from './ports';
import { writeFileAtomic } from './write-file-atomic';

/** The port or a failure saying that saving needs the desktop app. */
export function requireDialogs(dialogs: DialogPort | undefined): DialogPort {
  if (!dialogs) throw new IpcFailure('UNAVAILABLE', '当前环境无法打开“另存为”对话框，请在桌面版督办工作台中操作');
  return dialogs;
}

/** 'file:save': asks where to save, then writes the bytes there. Null when the user cancels. */
export async function saveFile(input: IpcInput<'file:save'>, dialogs: DialogPort | undefined): Promise<IpcOutput<'file:save'>> {
  const path = await requireDialogs(dialogs).showSaveDialog({
    title: '另存为', suggestedName: safeFileName(input.suggestedName), filters: input.filters,
  });
  if (path === null) return null;
  try {
    await writeFileAtomic(path, input.bytes);
  } catch (err) {
    throw ioFailure(err, '保存文件', path);
  }
  return path;
}
