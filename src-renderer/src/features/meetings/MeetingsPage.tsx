import { ComingPage } from '@renderer/app/ComingPage';

/** 「会议」: not built yet; the coming page says what it will do. */
export function MeetingsPage() {
  return <ComingPage section="meetings" />;
}
