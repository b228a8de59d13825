import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { preloadPage } from './app/pages';
import { parseHash } from './app/router';
import { startApp } from './app/startup';
import { cssVariables, getThemeMode } from './theme';
import './styles/global.css';

// Paint the saved theme's colours before React mounts, so a dark start does not flash white.
const mode = getThemeMode();
for (const [k, v] of Object.entries(cssVariables(mode))) document.documentElement.style.setProperty(k, v);
document.documentElement.dataset.theme = mode;

// The opening page's code is requested now rather than from inside the first render.
const opening = parseHash(window.location.hash).route;
if (opening) void preloadPage(opening).catch(() => undefined);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

void startApp();
