import { Spin } from 'antd';
import { Suspense, useEffect } from 'react';
import { CommandPalette } from '@renderer/commands/CommandPalette';
import { useT } from '@renderer/i18n';
import { ErrorBoundary } from './ErrorBoundary';
import { routeLabel } from './nav-items';
import { NotFoundPage } from './NotFoundPage';
import { PAGES } from './pages';
import { useLocation } from './router';
import { ShortcutsDialog } from './ShortcutsDialog';
import { SideNav } from './SideNav';
import { StatusBar } from './StatusBar';
import { TitleBar } from './TitleBar';

function PageFallback() {
  const t = useT();
  return <div style={{ padding: 48, textAlign: 'center' }}><Spin description={t('app.loading')}><div style={{ height: 40 }} /></Spin></div>;
}

/** The window: title bar, left menu, the current page, status bar, palette. */
export function AppShell() {
  const t = useT();
  const { route, path, params } = useLocation();
  const Page = route ? PAGES[route] : null;
  const label = route ? t(routeLabel(route)) : '';

  useEffect(() => {
    document.title = label ? `${label} - ${t('app.title')}` : t('app.title');
  }, [label, t]);

  // The big screen playing (#/bigscreen?show=1) fills the window: no title bar, menu or status bar.
  if (route === 'bigscreen' && params.show && Page) {
    return (
      <ErrorBoundary key="bigscreen-show" section={label}>
        <Suspense fallback={<PageFallback />}>
          <div data-testid="page-bigscreen" data-route="bigscreen" data-bare="1"><Page /></div>
        </Suspense>
      </ErrorBoundary>
    );
  }

  return (
    <div className="duban-shell">
      <TitleBar />
      <div className="duban-body">
        <SideNav current={route} />
        <main className="duban-content" data-testid="content">
          {Page && route ? (
            <ErrorBoundary key={route} section={label}>
              <Suspense fallback={<PageFallback />}>
                <div data-testid={`page-${route}`} data-route={route}>
                  <Page />
                </div>
              </Suspense>
            </ErrorBoundary>
          ) : path ? <NotFoundPage path={path} /> : <PageFallback />}
        </main>
      </div>
      <StatusBar />
      <CommandPalette />
      <ShortcutsDialog />
    </div>
  );
}
