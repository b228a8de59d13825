import { Tabs } from 'antd';
import { FlagOutlined } from '@ant-design/icons';
import { PageHeader } from '@renderer/app/PageHeader';
import { formatHash, useLocation } from '@renderer/app/router';
import { HotspotsPanel } from '@renderer/features/hotspots';
import { useT } from '@renderer/i18n';
import { CampaignsPanel } from './CampaignsPanel';
import { WhistlesPanel } from './WhistlesPanel';

export type CampaignsTab = 'hotspots' | 'campaigns' | 'whistles';
const TABS: readonly CampaignsTab[] = ['hotspots', 'campaigns', 'whistles'];

/**
 * 专项行动: hotspot analysis (诉求大数据分析) as the way in, the campaigns themselves, and the
 * 吹哨报到 ledger. The tab is in the route (`#/campaigns?tab=…`) so links can open any of them.
 */
export function CampaignsPage() {
  const t = useT();
  const { params } = useLocation();
  const tab: CampaignsTab = (TABS as readonly string[]).includes(params.tab ?? '') ? (params.tab as CampaignsTab) : 'campaigns';
  return (
    <div className="duban-page" data-testid="campaigns-page" style={{ maxWidth: 'none' }}>
      <PageHeader icon={<FlagOutlined />} title={t('nav.campaigns')} subtitle={t('campaigns.subtitle')} />
      <Tabs activeKey={tab} onChange={(k) => { window.location.hash = formatHash('campaigns', { tab: k }); }} destroyOnHidden items={[
        { key: 'hotspots', label: t('campaigns.tab.hotspots'), children: <HotspotsPanel /> },
        { key: 'campaigns', label: t('campaigns.tab.campaigns'), children: <CampaignsPanel /> },
        { key: 'whistles', label: t('campaigns.tab.whistles'), children: <WhistlesPanel /> },
      ]} />
    </div>
  );
}
