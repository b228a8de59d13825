import { ComingPage } from '@renderer/app/ComingPage';

/** 「专项行动」: not built yet; the coming page says what it will do. */
export function CampaignsPage() {
  return <ComingPage section="campaigns" />;
}
