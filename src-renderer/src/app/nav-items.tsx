import {
  AlertOutlined, BarChartOutlined, FileTextOutlined, FlagOutlined, FundProjectionScreenOutlined, HomeOutlined,
  ImportOutlined, SettingOutlined, SmileOutlined, TeamOutlined, TrophyOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { MessageKey } from '@renderer/i18n';
import type { Route } from './navigation';

export type NavEntry = {
  route: Route;
  label: MessageKey;
  description: MessageKey;
  icon: ReactNode;
};

/** The left menu, in order; entry n is also Alt+n (1…9). */
export const NAV_ENTRIES: readonly NavEntry[] = [
  { route: 'home', label: 'nav.home', description: 'nav.desc.home', icon: <HomeOutlined /> },
  { route: 'tickets', label: 'nav.tickets', description: 'nav.desc.tickets', icon: <FileTextOutlined /> },
  { route: 'chronic', label: 'nav.chronic', description: 'nav.desc.chronic', icon: <AlertOutlined /> },
  { route: 'campaigns', label: 'nav.campaigns', description: 'nav.desc.campaigns', icon: <FlagOutlined /> },
  { route: 'assessment', label: 'nav.assessment', description: 'nav.desc.assessment', icon: <BarChartOutlined /> },
  { route: 'records', label: 'nav.records', description: 'nav.desc.records', icon: <TrophyOutlined /> },
  { route: 'bigscreen', label: 'nav.bigscreen', description: 'nav.desc.bigscreen', icon: <FundProjectionScreenOutlined /> },
  { route: 'meetings', label: 'nav.meetings', description: 'nav.desc.meetings', icon: <TeamOutlined /> },
  { route: 'settings', label: 'nav.settings', description: 'nav.desc.settings', icon: <SettingOutlined /> },
];

/** Routes reached from pages rather than the menu. */
export const EXTRA_ROUTES: Readonly<Partial<Record<Route, { label: MessageKey; icon: ReactNode }>>> = {
  welcome: { label: 'nav.welcome', icon: <SmileOutlined /> },
  import: { label: 'nav.import', icon: <ImportOutlined /> },
};

/** The message key of a route's name. */
export function routeLabel(route: Route): MessageKey {
  return NAV_ENTRIES.find((e) => e.route === route)?.label ?? EXTRA_ROUTES[route]?.label ?? 'nav.home';
}
