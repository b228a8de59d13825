import { HotspotsBoard } from '../boards/CategoryBoards';
import { CampaignBoard, CampaignOutcomeBoard, ChronicBoard } from '../boards/GovernanceBoards';
import { HotspotListBoard } from '../boards/HotspotListBoard';
import type { ScreenProps } from './screen-props';

/** 疑难件与专项行动: chronic cases by stage, campaign progress and outcomes, this month's hotspots. */
export function GovernanceScreen({ data, stages, campaigns }: ScreenProps) {
  return (
    <div className="bs-grid bs-grid-governance" data-screen="governance">
      <ChronicBoard stages={stages} area="chronic" />
      <CampaignBoard campaigns={campaigns} area="camp" />
      <CampaignOutcomeBoard campaigns={campaigns} area="outcome" />
      <HotspotsBoard data={data} area="hot" top={10} />
      <HotspotListBoard data={data} area="list" top={8} />
    </div>
  );
}
