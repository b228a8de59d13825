import { ComingPage } from '@renderer/app/ComingPage';

/** 「表彰问责」: not built yet; the coming page says what it will do. */
export function RecordsPage() {
  return <ComingPage section="records" />;
}
