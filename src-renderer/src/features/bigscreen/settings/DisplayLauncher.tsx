import { useEffect, useState } from 'react';
import { App, Button, Select, Space, Typography } from 'antd';
import { useT } from '@renderer/i18n';
import { platform, type DisplayInfo } from '@renderer/platform';

/**
 * The desktop app's launcher: pick a display and open the big-screen window full screen on it
 * (main remembers the display and the preset it played). The browser build says how to play instead.
 */
export function DisplayLauncher({ preset }: { preset?: string }) {
  const t = useT();
  const { message } = App.useApp();
  const [displays, setDisplays] = useState<DisplayInfo[] | null>(null);
  const [chosen, setChosen] = useState<number | null>(null);
  const [unavailable, setUnavailable] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    platform.bigScreenDisplays().then(
      (r) => { if (alive) { setDisplays(r.displays); setChosen(r.chosen); } },
      (e: unknown) => { if (alive) setUnavailable(e instanceof Error ? e.message : String(e)); },
    );
    return () => { alive = false; };
  }, []);
  if (unavailable) return <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }} data-testid="display-unavailable">{unavailable}</Typography.Paragraph>;
  if (!displays) return null;
  const open = async (): Promise<void> => {
    try {
      await platform.openBigScreen(chosen, preset);
      message.success(t('bigscreen.play.opened'));
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Space wrap>
      <Select style={{ width: 300 }} value={chosen ?? undefined} onChange={setChosen} placeholder={t('bigscreen.play.display')}
        options={displays.map((d) => ({ value: d.id, label: `${d.label}（${Math.round(d.bounds.width * d.scaleFactor)}×${Math.round(d.bounds.height * d.scaleFactor)}${d.primary ? t('bigscreen.play.primary') : ''}）` }))} />
      <Button onClick={() => void open()} data-testid="bigscreen-open-window">{t('bigscreen.play.window')}</Button>
    </Space>
  );
}
