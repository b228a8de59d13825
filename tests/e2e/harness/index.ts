/** The e2e harness: launching the app, page objects, screenshots. */
export { CHROMIUM_ARGS, CHROMIUM_PATH, launchApp, webUrl, type LaunchOptions, type LaunchedApp } from './launch';
export { collectErrors, type PageErrors } from './errors';
export { ARTIFACTS_DIR, screenshot } from './screenshot';
export { ShellPage } from './pages/shell';
export { WelcomePageObject } from './pages/welcome';
export { HomePageObject } from './pages/home';
export { ComingPageObject } from './pages/coming';
export { waitUntil } from './wait';
