import { useEffect, useState } from 'react';
import { App, Button, Card, Checkbox, Form, Input, InputNumber, Popconfirm, Radio, Select, Space, Typography } from 'antd';
import { useT } from '@renderer/i18n';
import { SCREENS } from '../BigScreenShow';
import { DEFAULT_SECONDS, MAX_SECONDS, MIN_SECONDS, SCREEN_IDS, normalizePreset, type BigScreenPreset, type ScreenId } from '../playlist/playlist';
import { deletePreset, presetOf, savePreset, setActivePreset, type BigScreenSettings } from './presets-db';

type Row = { screen: ScreenId; on: boolean; seconds: number };

function rowsOf(p: BigScreenPreset): Row[] {
  const on = p.items.map((i) => ({ screen: i.screen, on: true, seconds: i.seconds }));
  const off = SCREEN_IDS.filter((s) => !p.items.some((i) => i.screen === s)).map((screen) => ({ screen, on: false, seconds: DEFAULT_SECONDS }));
  return [...on, ...off];
}

/** Edits a preset: which screens play in which order and for how long, the suppression minimum, theme and district layout. */
export function PresetEditor({ settings }: { settings: BigScreenSettings }) {
  const t = useT();
  const { message } = App.useApp();
  const active = presetOf(settings);
  const [name, setName] = useState(active.name);
  const [rows, setRows] = useState<Row[]>(() => rowsOf(active));
  const [minCount, setMinCount] = useState(active.minCount);
  const [theme, setTheme] = useState(active.theme);
  const [layout, setLayout] = useState(active.districtLayout);
  useEffect(() => {
    setName(active.name); setRows(rowsOf(active)); setMinCount(active.minCount); setTheme(active.theme); setLayout(active.districtLayout);
  }, [active]);

  const move = (i: number, d: number): void => setRows((rs) => {
    const j = i + d;
    if (j < 0 || j >= rs.length) return rs;
    const copy = [...rs];
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    return copy;
  });
  const save = async (): Promise<void> => {
    if (!name.trim()) { message.error(t('bigscreen.preset.nameRequired')); return; }
    const items = rows.filter((r) => r.on).map((r) => ({ screen: r.screen, seconds: r.seconds }));
    if (items.length === 0) { message.error(t('bigscreen.preset.noScreens')); return; }
    await savePreset(normalizePreset({ name, items, minCount, theme, districtLayout: layout }));
    message.success(t('bigscreen.preset.saved', { name: name.trim() }));
  };

  return (
    <Card size="small" title={t('bigscreen.preset.title')} data-testid="preset-editor"
      extra={<Select size="small" style={{ width: 180 }} value={settings.active} onChange={(v) => void setActivePreset(v)} data-testid="preset-select"
        options={settings.presets.map((p) => ({ value: p.name, label: p.name }))} />}>
      <Form layout="vertical">
        <Form.Item label={t('bigscreen.preset.name')} required><Input value={name} maxLength={40} onChange={(e) => setName(e.target.value)} data-testid="preset-name" /></Form.Item>
        <Form.Item label={t('bigscreen.preset.playlist')} extra={t('bigscreen.preset.playlistHint', { min: MIN_SECONDS, max: MAX_SECONDS })}>
          {rows.map((r, i) => (
            <Space key={r.screen} style={{ display: 'flex', marginBottom: 6 }} data-testid={`playlist-row-${r.screen}`}>
              <Checkbox checked={r.on} onChange={(e) => setRows((rs) => rs.map((x, k) => (k === i ? { ...x, on: e.target.checked } : x)))} style={{ width: 170 }}>{t(SCREENS[r.screen].label)}</Checkbox>
              <InputNumber size="small" min={MIN_SECONDS} max={MAX_SECONDS} value={r.seconds} addonAfter={t('bigscreen.preset.seconds')} data-testid={`playlist-seconds-${r.screen}`}
                onChange={(v) => setRows((rs) => rs.map((x, k) => (k === i ? { ...x, seconds: typeof v === 'number' ? v : x.seconds } : x)))} />
              <Button size="small" onClick={() => move(i, -1)} disabled={i === 0} aria-label={t('bigscreen.preset.up')}>↑</Button>
              <Button size="small" onClick={() => move(i, 1)} disabled={i === rows.length - 1} aria-label={t('bigscreen.preset.down')}>↓</Button>
            </Space>
          ))}
        </Form.Item>
        <Form.Item label={t('bigscreen.preset.minCount')} extra={t('bigscreen.preset.minCountHint')}>
          <InputNumber min={1} max={100} value={minCount} onChange={(v) => setMinCount(typeof v === 'number' ? v : minCount)} data-testid="preset-min" />
        </Form.Item>
        <Form.Item label={t('bigscreen.preset.theme')}>
          <Radio.Group value={theme} onChange={(e) => setTheme(e.target.value as 'dark' | 'light')}
            options={[{ value: 'dark', label: t('theme.dark') }, { value: 'light', label: t('theme.light') }]} />
        </Form.Item>
        <Form.Item label={t('bigscreen.preset.layout')} extra={t('bigscreen.preset.layoutHint')}>
          <Input.TextArea rows={4} value={layout} onChange={(e) => setLayout(e.target.value)} placeholder={t('bigscreen.preset.layoutPlaceholder')} data-testid="preset-layout" />
        </Form.Item>
        <Space>
          <Button type="primary" onClick={() => void save()} data-testid="preset-save">{t('bigscreen.preset.save')}</Button>
          <Popconfirm title={t('bigscreen.preset.deleteConfirm', { name: active.name })} onConfirm={() => void deletePreset(active.name)} disabled={settings.presets.length <= 1}>
            <Button danger disabled={settings.presets.length <= 1}>{t('bigscreen.preset.delete')}</Button>
          </Popconfirm>
        </Space>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>{t('bigscreen.preset.privacy')}</Typography.Paragraph>
      </Form>
    </Card>
  );
}
