import { isSameOrigin } from '../protocol/app-origin';

/** What main knows about the frame that sent an IPC message. */
export type SenderInfo = {
  /** URL of the sending frame; null when the frame is gone (navigated or destroyed). */
  frameUrl: string | null;
  /** False for iframes. */
  isMainFrame: boolean;
  /** True when the sending web contents is one of the app's own windows. */
  isOwnWindow: boolean;
};

/**
 * True when an IPC call may be served: it comes from the main frame of one of the app's own
 * windows, showing the app's origin. Sub-frames, other origins (a page that somehow navigated
 * away) and vanished frames are refused (VS Code's ipcMain does the same).
 */
export function isTrustedSender(sender: SenderInfo, appOrigin: string): boolean {
  return sender.isOwnWindow && sender.isMainFrame && sender.frameUrl !== null && isSameOrigin(sender.frameUrl, appOrigin);
}
