import { useMemo, useState } from 'react';
import './test-hooks';
import { formatHash, useRouteParams } from '@renderer/app/router';
import { CampaignDetail } from './CampaignDetail';
import { CampaignList } from './CampaignList';
import { readCampaignDraft } from './draft-link';
import { NewCampaignModal } from './NewCampaignModal';

/**
 * The campaigns tab: the list, or one campaign (`id` in the route). A `draft` in the route (a
 * hotspot's hand-off) opens the new-campaign form filled in; closing it drops the draft.
 */
export function CampaignsPanel() {
  const params = useRouteParams();
  const draft = useMemo(() => readCampaignDraft(params), [params]);
  const [creating, setCreating] = useState(false);
  const close = (): void => {
    setCreating(false);
    if (params.draft) window.location.hash = formatHash('campaigns', { tab: 'campaigns' });
  };
  return (
    <div data-testid="campaigns-panel">
      {params.id ? <CampaignDetail id={params.id} view={params.view} /> : <CampaignList onCreate={() => setCreating(true)} />}
      <NewCampaignModal open={creating || draft !== null} draft={draft} onClose={close} />
    </div>
  );
}
