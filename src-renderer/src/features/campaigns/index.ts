export { CampaignsPage } from './CampaignsPage';
export { campaignDraftHash, readCampaignDraft, type CampaignDraft } from './draft-link';
