/** Messages of the 专项行动 section (src-renderer/src/features/campaigns and features/hotspots). */
export const campaignsZh = {
  'campaigns.subtitle': '从诉求热点中选题，多部门联动攻坚，用行动前后的工单量检验成效；吹哨报到台账',
  'campaigns.tab.hotspots': '热点分析',
  'campaigns.tab.campaigns': '专项行动',
  'campaigns.tab.whistles': '吹哨报到',
} as const;

export const campaignsEn: Record<keyof typeof campaignsZh, string> = {
  'campaigns.subtitle': 'Pick problems from hotspots, coordinate units against them, and test the result on ticket volumes; the whistle and report-in ledger',
  'campaigns.tab.hotspots': 'Hotspots',
  'campaigns.tab.campaigns': 'Campaigns',
  'campaigns.tab.whistles': 'Whistle & report-in',
};
