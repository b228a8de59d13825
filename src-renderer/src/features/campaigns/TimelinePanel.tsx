import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Input, Space, Tag } from 'antd';
import type { Campaign } from '@core/campaigns/campaign';
import { commentOnCampaign } from '@core/campaigns/campaign-ops';
import { verifyCampaignTimeline, type CampaignEvent } from '@core/campaigns/timeline';
import { useFormat, useT } from '@renderer/i18n';
import { appendCampaignEvents } from './campaign-repo';
import { useCampaignUi } from './campaign-store';
import { VirtualTable, type VColumn } from './VirtualTable';
import { eventKindLabel } from './labels';
import { useCampaignEvents } from './use-campaign';

type Row = CampaignEvent & { id: string };

/**
 * The chain check of a timeline (verifyCampaignTimeline), run in a task of its own after the grid
 * has rendered: undefined while it runs, null when intact, the first broken entry otherwise.
 */
function useChainCheck(events: CampaignEvent[] | undefined): { brokenAt: number; reason: string } | null | undefined {
  const [result, setResult] = useState<{ of: CampaignEvent[]; r: { brokenAt: number; reason: string } | null } | null>(null);
  useEffect(() => {
    if (!events) return;
    const h = setTimeout(() => setResult({ of: events, r: verifyCampaignTimeline(events) }), 50);
    return () => clearTimeout(h);
  }, [events]);
  return result && result.of === events ? result.r : undefined;
}

/** The append-only timeline of every change, newest first, with the hash chain checked and a comment box. */
export function TimelinePanel({ c }: { c: Campaign }) {
  const events = useCampaignEvents(c.id);
  const t = useT();
  const f = useFormat();
  const { message } = App.useApp();
  const me = useCampaignUi((s) => s.me);
  const [text, setText] = useState('');
  const check = useChainCheck(events);
  const rows = useMemo<Row[]>(() => (events ?? []).map((e) => ({ ...e, id: String(e.seq) })).reverse(), [events]);
  const cols = useMemo<VColumn<Row>[]>(() => [
    { key: 'seq', title: '#', width: 70, align: 'right', render: (r) => r.seq, compare: (x, y) => x.seq - y.seq },
    { key: 'at', title: t('cmp.f.eventAt'), width: 150, render: (r) => f.dateTime(r.at) },
    { key: 'by', title: t('cmp.f.by'), width: 160, render: (r) => r.by, tip: (r) => r.by },
    { key: 'kind', title: t('cmp.f.eventKind'), width: 110, render: (r) => eventKindLabel(r.kind, t) },
    { key: 'summary', title: t('cmp.f.summary'), flex: 1, minWidth: 300, render: (r) => r.summary, tip: (r) => r.summary },
    { key: 'hash', title: 'SHA-256', width: 130, render: (r) => `${r.hash.slice(0, 12)}…`, tip: (r) => r.hash },
  ], [t, f]);
  const comment = async (): Promise<void> => {
    try { await appendCampaignEvents(c.id, commentOnCampaign(text, { by: me || t('cmp.defaultActor'), now: Date.now() })); setText(''); } catch (e) { message.error(e instanceof Error ? e.message : String(e)); }
  };
  return (
    <div data-testid="timeline-panel">
      <Space style={{ marginBottom: 8 }} wrap>
        {check === undefined ? <Tag>{t('cmp.tl.checking')}</Tag>
          : check ? <Alert type="error" showIcon title={t('cmp.tl.broken', { n: check.brokenAt + 1, reason: check.reason })} data-testid="timeline-broken" />
            : <Tag color="green" data-testid="timeline-intact">{t('cmp.tl.intact', { n: events?.length ?? 0 })}</Tag>}
        <Input style={{ width: 360 }} value={text} onChange={(e) => setText(e.target.value)} placeholder={t('cmp.tl.commentHint')} onPressEnter={() => void comment()} data-testid="timeline-comment" />
        <Button onClick={() => void comment()} disabled={!text.trim()}>{t('cmp.tl.comment')}</Button>
      </Space>
      <VirtualTable<Row> rows={rows} columns={cols} height={460} testId="timeline-grid" empty={t('cmp.tl.none')} />
    </div>
  );
}
