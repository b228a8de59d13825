import type { CampaignProgress, CaseStages } from '../data/governance';
import type { WallData } from '../data/wall-data';
import type { BigScreenPreset } from '../playlist/playlist';

/** What every screen of the playlist is drawn from. */
export type ScreenProps = {
  data: WallData;
  stages: CaseStages | undefined;
  campaigns: CampaignProgress[] | undefined;
  preset: BigScreenPreset;
};
