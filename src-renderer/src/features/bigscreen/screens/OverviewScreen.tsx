import { CampaignBoard, ChronicBoard } from '../boards/GovernanceBoards';
import { TreemapBoard, HotspotsBoard } from '../boards/CategoryBoards';
import { DistrictMapBoard } from '../boards/DistrictMapBoard';
import { KpiBoard } from '../boards/KpiBoard';
import { GaugeBoard, TrendBoard, UnitTypesBoard, VolumeBoard } from '../boards/RateBoards';
import { SurgesBoard } from '../boards/SurgesBoard';
import type { ScreenProps } from './screen-props';

/** 综合态势: KPI flip numbers over a wall of twelve charts. */
export function OverviewScreen({ data, stages, campaigns, preset }: ScreenProps) {
  return (
    <div className="bs-grid bs-grid-overview" data-screen="overview">
      <KpiBoard data={data} area="kpi" />
      <GaugeBoard data={data} rate="responseRate" area="g1" />
      <GaugeBoard data={data} rate="resolutionRate" area="g2" />
      <GaugeBoard data={data} rate="satisfactionRate" area="g3" />
      <DistrictMapBoard data={data} area="map" layout={preset.districtLayout} />
      <TrendBoard data={data} area="trend" />
      <VolumeBoard data={data} area="volume" />
      <TreemapBoard data={data} area="tree" />
      <HotspotsBoard data={data} area="hot" />
      <ChronicBoard stages={stages} area="chronic" />
      <CampaignBoard campaigns={campaigns} area="camp" />
      <SurgesBoard forecast={data.forecast} area="surges" />
      <UnitTypesBoard data={data} area="types" />
    </div>
  );
}
