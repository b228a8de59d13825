/**
 * The shell end to end: first run on an empty profile, the demo city from the welcome page,
 * every navigation entry, the dark theme, the keyboard palette, the platform bridge to the real
 * main-process handlers, and the static server the browser build runs on.
 */
import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ComingPageObject, HomePageObject, launchApp, screenshot, ShellPage, waitUntil, WelcomePageObject, webUrl, type LaunchedApp,
} from './harness';

const NAV: { route: string; label: string }[] = [
  { route: 'home', label: '工作台' },
  { route: 'tickets', label: '工单' },
  { route: 'chronic', label: '疑难件' },
  { route: 'campaigns', label: '专项行动' },
  { route: 'assessment', label: '考核' },
  { route: 'records', label: '表彰问责' },
  { route: 'bigscreen', label: '大屏' },
  { route: 'meetings', label: '会议' },
  { route: 'settings', label: '设置' },
];
const COMING: string[] = [];

let app: LaunchedApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

describe('first run', () => {
  it('opens the welcome page on an empty profile, loads the demo city, and every section renders', async () => {
    app = await launchApp();
    const { page } = app;
    const shell = new ShellPage(page);
    const welcome = new WelcomePageObject(page);

    await welcome.waitVisible();
    expect(await shell.route()).toBe('welcome');
    expect(await shell.titleBarText()).toContain('督办工作台');
    expect(await shell.navLabels()).toEqual(NAV.map((n) => n.label));
    // The button's default is the full demo city.
    expect(await welcome.demoSizeText()).toContain('200,000');
    await screenshot(page, 'welcome');

    // A smaller city for the test, through the URL hook.
    await page.evaluate("location.hash = '#/welcome?demo=5000'");
    await waitUntil(page, "document.querySelector('[data-testid=demo-size]')?.textContent.includes('5,000')");
    const { sawProgress, phases } = await welcome.loadDemo();
    expect(sawProgress).toBe(true);
    expect(phases.length).toBeGreaterThan(0);

    const home = new HomePageObject(page);
    await shell.waitForPage('home');
    expect(await home.ticketCountText()).toBe('5,000');
    expect(await home.rangeText()).toMatch(/\d{4}年\d{1,2}月\d{1,2}日 至 \d{4}年\d{1,2}月\d{1,2}日/);
    expect(await shell.statusBarText()).toContain('本机工单 5,000 件');
    await waitUntil(page, "document.querySelector('[data-testid=engine-status]')?.dataset.state === 'ready'", 60_000);
    await page.mouse.move(700, 880); // keep tooltips out of the pictures
    await screenshot(page, 'home-light');
    await shell.toggleThemeByButton();
    expect(await shell.themeMode()).toBe('dark');
    await page.mouse.move(700, 880);
    await screenshot(page, 'home-dark');
    await shell.toggleThemeByButton();
    expect(await shell.themeMode()).toBe('light');

    for (const { route, label } of NAV) {
      await shell.navigate(route);
      expect(await shell.route()).toBe(route);
      expect(await page.title()).toBe(`${label} - 督办工作台`);
      const selected = await page.locator('.ant-menu-item-selected [data-testid^="nav-"]').innerText();
      expect(selected).toBe(label);
      expect(await page.getByTestId('page-error').count()).toBe(0);
      const headings = page.getByTestId(`page-${route}`).locator('h1');
      if ((await headings.count()) > 0) expect(await headings.first().innerText()).toContain(label);
      expect((await page.getByTestId(`page-${route}`).innerText()).length).toBeGreaterThan(10);
      if (COMING.includes(route)) {
        const coming = new ComingPageObject(page);
        expect(await coming.badge()).toBe('建设中');
        expect((await coming.points()).length).toBe(4);
        await screenshot(page, `coming-${route}`);
      }
    }
    expect(app.errors).toEqual([]);
  }, 420_000);
});

describe('shell', () => {
  it('switches to the dark theme and keeps it after a reload', async () => {
    app = await launchApp();
    const { page } = app;
    const shell = new ShellPage(page);
    await page.evaluate("location.hash = '#/home'");
    await shell.waitForPage('home');
    expect(await shell.themeMode()).toBe('light');
    const lightBg = await page.evaluate("getComputedStyle(document.body).backgroundColor");

    await shell.toggleThemeByButton();
    expect(await shell.themeMode()).toBe('dark');
    const darkBg = await page.evaluate("getComputedStyle(document.body).backgroundColor");
    expect(darkBg).not.toBe(lightBg);
    await screenshot(page, 'home-empty-dark');

    await page.reload();
    await shell.waitForPage('home');
    expect(await shell.themeMode()).toBe('dark');
    // The keyboard shortcut of the same command brings it back.
    await shell.press('Control+Shift+L');
    expect(await shell.themeMode()).toBe('light');
    expect(app.errors).toEqual([]);
  });

  it('opens the palette with Ctrl+K and Ctrl+Shift+P, runs a command, and navigates with Alt+n', async () => {
    app = await launchApp({ hash: '#/home' });
    const { page } = app;
    const shell = new ShellPage(page);
    await shell.waitForPage('home');

    await shell.press('Control+k');
    await page.getByTestId('command-palette').waitFor();
    const all = await shell.paletteCommandIds();
    expect(all).toContain('nav.settings');
    expect(all).not.toContain('palette.open');
    const hits = await shell.searchPalette('设置');
    expect(hits[0]).toBe('nav.settings');
    await screenshot(page, 'palette');
    await page.keyboard.press('Enter');
    await shell.waitForPage('settings');
    expect(await shell.paletteOpen()).toBe(false);

    await shell.press('Control+Shift+P');
    await page.getByTestId('command-palette').waitFor();
    await shell.searchPalette('主题');
    await page.keyboard.press('Enter');
    await waitUntil(page, "document.documentElement.dataset.theme === 'dark'");

    await shell.press('Alt+2');
    await shell.waitForPage('tickets');
    await shell.press('Alt+4');
    await shell.waitForPage('campaigns');
    await shell.press('Alt+1');
    await shell.waitForPage('home');

    // The menu bar lists the same commands and runs them.
    expect(await shell.menuCommandIds('view')).toEqual(expect.arrayContaining(['view.toggleTheme', 'palette.open', 'view.toggleSider']));
    await page.getByTestId('menu-view').click();
    await page.getByTestId('menu-item-view.toggleTheme').waitFor();
    await screenshot(page, 'menu-view');
    await page.keyboard.press('Escape');
    await shell.runFromMenu('view', 'view.toggleTheme');
    await waitUntil(page, "document.documentElement.dataset.theme === 'light'");
    await shell.runFromMenu('data', 'nav.import');
    await shell.waitForPage('import');
    expect(app.errors).toEqual([]);
  });

  it('shows the office name set in settings in the title bar, and the English interface', async () => {
    app = await launchApp({ hash: '#/settings' });
    const { page } = app;
    const shell = new ShellPage(page);
    await shell.waitForPage('settings');
    expect(await shell.officeName()).toBe('市民热线督办室');
    const office = page.getByTestId('settings-office');
    await office.fill('滨江市12345热线督办室');
    await office.press('Enter');
    expect(await shell.officeName()).toBe('滨江市12345热线督办室');

    await page.getByTestId('settings-language').getByText('English').click();
    expect(await shell.navLabels()).toEqual(['Dashboard', 'Tickets', 'Chronic cases', 'Campaigns', 'Assessment', 'Commendations', 'Big screen', 'Meetings', 'Settings']);
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    await page.getByTestId('settings-language').getByText('简体中文').click();
    expect((await shell.navLabels())[0]).toBe('工作台');
    expect(app.errors).toEqual([]);
  });

  it('sends the empty dashboard to the welcome page, and shows a page for unknown addresses', async () => {
    app = await launchApp({ hash: '#/home' });
    const { page } = app;
    const home = new HomePageObject(page);
    expect(await home.isEmpty()).toBe(true);
    await home.goWelcomeFromEmpty();
    await new WelcomePageObject(page).waitVisible();

    await page.evaluate("location.hash = '#/no-such-page'");
    await page.getByTestId('page-not-found').waitFor();
    expect(await page.getByTestId('page-not-found').innerText()).toContain('#/no-such-page');
    expect(app.errors).toEqual([]);
  });
});

describe('platform bridge', () => {
  it('stores evidence through the main-process handlers and reads it back by reference', async () => {
    app = await launchApp({ hash: '#/home' });
    const { page } = app;
    const text = '现场照片说明：井盖缺失，已设置围挡。';
    const result = await page.evaluate(async (content) => {
      const p = (globalThis as unknown as { __dubanPlatform: {
        kind: string;
        putEvidence(c: string, f: string, b: Uint8Array): Promise<{ sha256: string; size: number; ref: string }>;
        getEvidence(ref: string): Promise<Uint8Array>;
      } }).__dubanPlatform;
      const bytes = new TextEncoder().encode(content);
      const receipt = await p.putEvidence('CASE-1', '说明.txt', bytes);
      const back = await p.getEvidence(receipt.ref);
      return { kind: p.kind, receipt, back: new TextDecoder().decode(back) };
    }, text);
    const expected = createHash('sha256').update(text).digest('hex');
    expect(result.kind).toBe('electron');
    expect(result.receipt.sha256).toBe(expected);
    expect(result.receipt.size).toBe(Buffer.byteLength(text));
    expect(result.back).toBe(text);
    // The handler wrote the bytes content-addressed under the data folder.
    const file = join(app.dataDir, result.receipt.ref);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(app.errors).toEqual([]);
  });

  it('falls back to the browser platform without the preload, keeping evidence in IndexedDB', async () => {
    app = await launchApp({ hash: '#/home', exposeBridge: false });
    const { page } = app;
    const result = await page.evaluate(async () => {
      const p = (globalThis as unknown as { __dubanPlatform: {
        kind: string;
        putEvidence(c: string, f: string, b: Uint8Array): Promise<{ sha256: string; ref: string }>;
        getEvidence(ref: string): Promise<Uint8Array>;
      } }).__dubanPlatform;
      const receipt = await p.putEvidence('CASE-2', 'a.bin', new Uint8Array([1, 2, 3, 250]));
      const back = await p.getEvidence(receipt.ref);
      let missing = '';
      try { await p.getEvidence(`evidence/00/${'0'.repeat(64)}`); } catch (e) { missing = (e as Error).message; }
      return { kind: p.kind, receipt, back: [...back], missing };
    });
    expect(result.kind).toBe('browser');
    expect(result.receipt.sha256).toBe(createHash('sha256').update(Buffer.from([1, 2, 3, 250])).digest('hex'));
    expect(result.back).toEqual([1, 2, 3, 250]);
    expect(result.missing).toContain('找不到该证据文件');
    expect(app.errors).toEqual([]);
  });
});

describe('web server', () => {
  it('serves the build with the CSP, JavaScript MIME type and SPA fallback, and refuses traversal', async () => {
    const base = webUrl();
    const index = await fetch(base);
    expect(index.status).toBe(200);
    // The same policy the Electron main process sends (src-main/security/csp.ts).
    expect(index.headers.get('content-security-policy')).toBe(
      "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    );
    const html = await index.text();
    const script = /src="\.?\/?(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeTruthy();
    const js = await fetch(base + script);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');

    const spa = await fetch(`${base}some/deep/route`);
    expect(spa.status).toBe(200);
    expect(await spa.text()).toBe(html);
    expect((await fetch(`${base}assets/missing-chunk.js`)).status).toBe(404);
    // Raw requests: fetch would normalise the dots away before sending.
    expect(await rawStatus(base, '/../../etc/passwd')).toBe(400);
    expect(await rawStatus(base, '/..%2f..%2fetc%2fpasswd')).toBe(400);
    expect(await rawStatus(base, '/%2e%2e/%2e%2e/etc/passwd')).toBe(400);
    expect(await rawStatus(base, '/assets/%00.js')).toBe(400);
  });
});

/** The status of a GET sent with `path` exactly as written. */
function rawStatus(base: string, path: string): Promise<number> {
  const u = new URL(base);
  return new Promise((ok, fail) => {
    const req = request({ host: u.hostname, port: u.port, path, method: 'GET' }, (res) => { res.resume(); ok(res.statusCode ?? 0); });
    req.on('error', fail);
    req.end();
  });
}
