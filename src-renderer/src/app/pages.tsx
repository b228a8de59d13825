import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Route } from './navigation';

type PageModule = { default: ComponentType };

/** Each feature's index.ts exports its page by name. */
const LOADERS: Record<Route, () => Promise<PageModule>> = {
  home: () => import('@renderer/features/home').then((m) => ({ default: m.HomePage })),
  welcome: () => import('@renderer/features/welcome').then((m) => ({ default: m.WelcomePage })),
  tickets: () => import('@renderer/features/tickets').then((m) => ({ default: m.TicketsPage })),
  import: () => import('@renderer/features/import').then((m) => ({ default: m.ImportPage })),
  chronic: () => import('@renderer/features/chronic').then((m) => ({ default: m.ChronicPage })),
  campaigns: () => import('@renderer/features/campaigns').then((m) => ({ default: m.CampaignsPage })),
  assessment: () => import('@renderer/features/assessment').then((m) => ({ default: m.AssessmentPage })),
  records: () => import('@renderer/features/records').then((m) => ({ default: m.RecordsPage })),
  bigscreen: () => import('@renderer/features/bigscreen').then((m) => ({ default: m.BigScreenPage })),
  meetings: () => import('@renderer/features/meetings').then((m) => ({ default: m.MeetingsPage })),
  settings: () => import('@renderer/features/settings').then((m) => ({ default: m.SettingsPage })),
};

const loading = new Map<Route, Promise<PageModule>>();

/** Starts loading the page of `route` (once); the page's lazy component reuses the same load. */
export function preloadPage(route: Route): Promise<PageModule> {
  let p = loading.get(route);
  if (!p) {
    p = LOADERS[route]();
    loading.set(route, p);
    // A failed load is not cached, so the next visit tries again.
    p.catch(() => loading.delete(route));
  }
  return p;
}

/**
 * The page of each route. Feature pages load on first visit so the shell starts fast; the page
 * the app opens on is requested before the first render (see main.tsx), so its code arrives
 * while the shell is still being built.
 */
export const PAGES: Record<Route, LazyExoticComponent<ComponentType>> = Object.fromEntries(
  (Object.keys(LOADERS) as Route[]).map((r) => [r, lazy(() => preloadPage(r))]),
) as Record<Route, LazyExoticComponent<ComponentType>>;
