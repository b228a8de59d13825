import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Route } from './navigation';

/**
 * The page of each route. Feature pages load on first visit so the shell starts fast; each
 * feature's index.ts exports its page by name.
 */
export const PAGES: Record<Route, LazyExoticComponent<ComponentType>> = {
  home: lazy(() => import('@renderer/features/home').then((m) => ({ default: m.HomePage }))),
  welcome: lazy(() => import('@renderer/features/welcome').then((m) => ({ default: m.WelcomePage }))),
  tickets: lazy(() => import('@renderer/features/tickets').then((m) => ({ default: m.TicketsPage }))),
  import: lazy(() => import('@renderer/features/import').then((m) => ({ default: m.ImportPage }))),
  chronic: lazy(() => import('@renderer/features/chronic').then((m) => ({ default: m.ChronicPage }))),
  campaigns: lazy(() => import('@renderer/features/campaigns').then((m) => ({ default: m.CampaignsPage }))),
  assessment: lazy(() => import('@renderer/features/assessment').then((m) => ({ default: m.AssessmentPage }))),
  records: lazy(() => import('@renderer/features/records').then((m) => ({ default: m.RecordsPage }))),
  bigscreen: lazy(() => import('@renderer/features/bigscreen').then((m) => ({ default: m.BigScreenPage }))),
  meetings: lazy(() => import('@renderer/features/meetings').then((m) => ({ default: m.MeetingsPage }))),
  settings: lazy(() => import('@renderer/features/settings').then((m) => ({ default: m.SettingsPage }))),
};
