import { useEffect, useRef, type ComponentType, type MouseEvent } from 'react';
import { Spin } from 'antd';
import { useSession } from '@renderer/app/session';
import { navigate } from '@renderer/app/navigation';
import { registerCommands } from '@renderer/commands';
import { t, useT, type MessageKey } from '@renderer/i18n';
import { useCampaignProgress, useCaseStages } from './data/use-governance';
import { useWallData } from './data/use-wall-data';
import { type ScreenId } from './playlist/playlist';
import { useRotation } from './playlist/use-rotation';
import { GovernanceScreen } from './screens/GovernanceScreen';
import { OverviewScreen } from './screens/OverviewScreen';
import { ProactiveScreen } from './screens/ProactiveScreen';
import { RankingScreen } from './screens/RankingScreen';
import { ScreenHeader } from './screens/ScreenHeader';
import type { ScreenProps } from './screens/screen-props';
import { presetOf, useBigScreenSettings } from './settings/presets-db';
import { Stage } from './stage/Stage';
import './bigscreen.css';

export const SCREENS: Record<ScreenId, { label: MessageKey; component: ComponentType<ScreenProps> }> = {
  overview: { label: 'bigscreen.screen.overview', component: OverviewScreen },
  ranking: { label: 'bigscreen.screen.ranking', component: RankingScreen },
  governance: { label: 'bigscreen.screen.governance', component: GovernanceScreen },
  proactive: { label: 'bigscreen.screen.proactive', component: ProactiveScreen },
};

/** Leaves the wall: the desktop's own big-screen window closes, the browser goes back to the settings page. */
export function exitShow(ownWindow: boolean): void {
  if (ownWindow) window.close();
  else navigate('bigscreen');
}

/** The hidden menu: invisible until the pointer reaches the top-right corner (or the keyboard's focus does). */
function HiddenMenu({ paused, onPrev, onNext, onPause, onExit }: { paused: boolean; onPrev(): void; onNext(): void; onPause(): void; onExit(): void }) {
  const tr = useT();
  // A clicked button lets go of the focus, so the menu hides again once the pointer leaves.
  const act = (f: () => void) => (e: MouseEvent<HTMLButtonElement>) => { e.currentTarget.blur(); f(); };
  return (
    <nav className="bs-menu" data-testid="bigscreen-menu" aria-label={tr('bigscreen.menu')}>
      <button type="button" onClick={act(onPrev)} data-testid="bigscreen-prev">{tr('bigscreen.menu.prev')}</button>
      <button type="button" onClick={act(onPause)} data-testid="bigscreen-pause">{paused ? tr('bigscreen.menu.resume') : tr('bigscreen.menu.pause')}</button>
      <button type="button" onClick={act(onNext)} data-testid="bigscreen-next">{tr('bigscreen.menu.next')}</button>
      <button type="button" onClick={act(onExit)} data-testid="bigscreen-exit">{tr('bigscreen.menu.exit')}</button>
    </nav>
  );
}

/**
 * The big screen playing: the stage, the active (or named) preset's playlist rotating, keyboard
 * control (← → screens, space pause, Esc exit) and the hidden menu. Figures refresh in place when
 * tickets are imported, cases or campaigns change.
 */
export function BigScreenShow({ presetName, start = 0, ownWindow = false }: { presetName?: string; start?: number; ownWindow?: boolean }) {
  const tr = useT();
  const settings = useBigScreenSettings();
  const preset = settings ? presetOf(settings, presetName) : null;
  const office = useSession((s) => s.officeName) || tr('app.defaultOffice');
  const wall = useWallData();
  const stagesLive = useCaseStages();
  const campaignsLive = useCampaignProgress();
  const stages = stagesLive?.value;
  const campaigns = campaignsLive?.value;
  // Ready when the ticket figures, the cases and the campaigns are all in: from then on the
  // bench and the tests time the first frame (data-data-at → data-frame-at).
  const drawable = !!wall.data && !!stagesLive && !!campaignsLive;
  const ready = drawable && !wall.loading;
  const readyAt = drawable && stagesLive && campaignsLive ? Math.max(wall.dataAt ?? 0, stagesLive.at, campaignsLive.at) : 0;
  const items = preset?.items ?? [];
  const rot = useRotation(items, start);

  useEffect(() => registerCommands([
    { id: 'bigscreen.next', label: () => t('bigscreen.menu.next'), keys: ['ArrowRight', 'PageDown'], section: 'view', perform: rot.next },
    { id: 'bigscreen.prev', label: () => t('bigscreen.menu.prev'), keys: ['ArrowLeft', 'PageUp'], section: 'view', perform: rot.prev },
    { id: 'bigscreen.pause', label: () => t('bigscreen.menu.pause'), keys: ['Space'], section: 'view', perform: rot.togglePause },
    { id: 'bigscreen.exit', label: () => t('bigscreen.menu.exit'), keys: ['Escape'], section: 'view', perform: () => exitShow(ownWindow) },
  ]), [rot.next, rot.prev, rot.togglePause, ownWindow]);

  useEffect(() => {
    const prevTitle = document.title;
    document.title = tr('bigscreen.title');
    return () => { document.title = prevTitle; };
  }, [tr]);

  // The first frame after new figures or another screen: all boards have painted by then (their
  // effects run before this one); the bench and the tests read it as data-frame-at.
  const showRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!readyAt) return;
    const id = requestAnimationFrame(() => setTimeout(() => { if (showRef.current) showRef.current.dataset.frameAt = String(performance.now()); }, 0));
    return () => cancelAnimationFrame(id);
  }, [readyAt, rot.index]);

  const mode = preset?.theme ?? 'dark';
  const item = items[rot.index];
  const Screen = item ? SCREENS[item.screen].component : null;
  let body;
  if (wall.error) body = <div className="bs-message" data-testid="bigscreen-error">{tr('bigscreen.error', { message: wall.error })}</div>;
  else if (wall.empty) body = <div className="bs-message" data-testid="bigscreen-empty">{tr('bigscreen.empty.data')}</div>;
  else if (!wall.data || !drawable || !preset || !Screen) body = <div className="bs-message"><Spin size="large" /><span>{tr('bigscreen.loading')}</span></div>;
  else body = <Screen data={wall.data} stages={stages} campaigns={campaigns} preset={preset} />;

  return (
    <div ref={showRef} data-testid="bigscreen-show" data-screen-id={item?.screen ?? ''} data-index={rot.index} data-paused={rot.paused ? '1' : '0'}
      data-ready={ready ? '1' : '0'} data-computed-at={wall.data?.computedAt ?? ''}
      data-data-at={readyAt || ''} data-compute-ms={wall.computeMs ?? ''}>
      <Stage mode={mode} minCount={preset?.minCount ?? 5}>
        <ScreenHeader office={office} screenName={item ? tr(SCREENS[item.screen].label) : ''} position={items.length ? `${rot.index + 1} / ${items.length}` : ''}
          data={wall.data} preset={preset ?? { name: '', items: [], minCount: 5, theme: 'dark', districtLayout: '' }} paused={rot.paused} refreshing={wall.loading && !!wall.data} />
        <div className="bs-body">{body}</div>
      </Stage>
      <HiddenMenu paused={rot.paused} onPrev={rot.prev} onNext={rot.next} onPause={rot.togglePause} onExit={() => exitShow(ownWindow)} />
    </div>
  );
}
