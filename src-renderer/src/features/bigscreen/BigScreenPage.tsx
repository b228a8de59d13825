import { ComingPage } from '@renderer/app/ComingPage';

/** 「大屏」: not built yet; the coming page says what it will do. */
export function BigScreenPage() {
  return <ComingPage section="bigscreen" />;
}
