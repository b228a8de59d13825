import type { IpcInput, IpcOutput } from '@core/ipc/contract';
import { bigScreenHash, chooseDisplay, presetFor, remember } from '../bigscreen/display-choice';
import { loadMemory, saveMemory } from '../bigscreen/memory-file';
import { IpcFailure } from './failure';
import type { BigScreenPort, DispatcherContext } from './ports';

function port(ctx: DispatcherContext): BigScreenPort {
  if (!ctx.bigScreen) throw new IpcFailure('UNAVAILABLE', '当前环境不能打开大屏窗口：请在督办工作台桌面版中使用，浏览器版请点“在本窗口放映”');
  return ctx.bigScreen;
}

/** 'bigscreen:displays': the displays attached now and the one the big screen would open on. */
export async function bigScreenDisplays(ctx: DispatcherContext): Promise<IpcOutput<'bigscreen:displays'>> {
  const displays = port(ctx).listDisplays();
  const chosen = chooseDisplay(displays, null, await loadMemory(ctx.dataDir));
  return { displays, chosen: chosen?.id ?? null };
}

/** 'bigscreen:open': opens the big-screen window on the chosen display and remembers the choice for it. */
export async function openBigScreen(ctx: DispatcherContext, input: IpcInput<'bigscreen:open'>): Promise<IpcOutput<'bigscreen:open'>> {
  const p = port(ctx);
  const memory = await loadMemory(ctx.dataDir);
  const display = chooseDisplay(p.listDisplays(), input.displayId, memory);
  if (!display) throw new IpcFailure('UNAVAILABLE', '没有找到可用的显示器，请检查大屏的连接后重试');
  const preset = presetFor(memory, display, input.preset);
  p.open(display, bigScreenHash(preset));
  await saveMemory(ctx.dataDir, remember(memory, display, preset));
  return { displayId: display.id, preset: preset ?? null };
}
