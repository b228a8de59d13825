import { useEffect, useState } from 'react';
import { App, Button, InputNumber, Space, Tooltip } from 'antd';
import { validateBand, type WhistleBand } from '@core/campaigns/whistle-stats';
import { useT } from '@renderer/i18n';
import { saveWhistleBand } from './whistle-band';

/** The healthy band of 吹哨率 (per 1,000 dispatched tickets), validated as typed and saved to the settings. */
export function BandEditor({ band }: { band: WhistleBand }) {
  const t = useT();
  const { message } = App.useApp();
  const [draft, setDraft] = useState<{ low: number | null; high: number | null }>(band);
  useEffect(() => setDraft(band), [band]);
  const value = { low: draft.low ?? NaN, high: draft.high ?? NaN };
  const problems = validateBand(value);
  const changed = draft.low !== band.low || draft.high !== band.high;
  const save = async (): Promise<void> => {
    try { await saveWhistleBand(value); void message.success(t('whistles.band.saved')); } catch (e) { void message.error(e instanceof Error ? e.message : String(e)); }
  };
  return (
    <Space wrap size={6} data-testid="band-editor">
      <Tooltip title={t('whistles.band.hint')}><span>{t('whistles.band.label')}</span></Tooltip>
      <InputNumber aria-label={t('whistles.band.low')} min={0} step={0.5} value={draft.low} onChange={(v) => setDraft({ ...draft, low: v })} style={{ width: 90 }} status={problems.length ? 'error' : undefined} />
      <span>—</span>
      <InputNumber aria-label={t('whistles.band.high')} min={0} step={0.5} value={draft.high} onChange={(v) => setDraft({ ...draft, high: v })} style={{ width: 90 }} status={problems.length ? 'error' : undefined} />
      <span>{t('whistles.band.unit')}</span>
      <Button size="small" disabled={!changed || problems.length > 0} onClick={() => void save()} data-testid="band-save">{t('whistles.band.save')}</Button>
      {problems.length ? <span style={{ color: 'var(--duban-danger)' }} data-testid="band-error">{problems[0]}</span> : null}
    </Space>
  );
}
