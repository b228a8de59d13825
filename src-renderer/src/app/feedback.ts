import { App } from 'antd';
import type { MessageInstance } from 'antd/es/message/interface';
import { useEffect } from 'react';

let current: MessageInstance | null = null;

/**
 * Messages from outside React (command errors): antd's static `message` cannot see the theme, so
 * the shell hands over the themed instance of <App> here.
 */
export function showError(text: string): void {
  if (current) void current.error(text);
  else console.warn(text);
}

/** Mounted once inside antd's <App>; keeps the themed message instance for showError. */
export function FeedbackBridge() {
  const { message } = App.useApp();
  useEffect(() => {
    current = message;
    return () => { if (current === message) current = null; };
  }, [message]);
  return null;
}
