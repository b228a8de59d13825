import type { Page } from 'playwright-core';

/** The window around every page: title bar, left menu, palette, theme. Hides the selectors. */
export class ShellPage {
  constructor(readonly page: Page) {}

  /** The route in the address (`#/tickets?x` → 'tickets'). */
  async route(): Promise<string> {
    const hash = await this.page.evaluate('location.hash') as string;
    return hash.replace(/^#\/?/, '').split('?')[0]!;
  }

  /** Waits until the page of `route` is mounted. */
  async waitForPage(route: string, timeout = 60_000): Promise<void> {
    await this.page.getByTestId(`page-${route}`).waitFor({ timeout });
  }

  /** Clicks the left-menu entry of `route` and waits for its page. */
  async navigate(route: string): Promise<void> {
    await this.page.getByTestId(`side-nav`).getByTestId(`nav-${route}`).click();
    await this.waitForPage(route);
  }

  /** The labels of the left menu, in order. */
  async navLabels(): Promise<string[]> {
    return this.page.getByTestId('side-nav').locator('[data-testid^="nav-"]').allInnerTexts();
  }

  /** The text of the first h1 inside the current page. */
  async heading(route: string): Promise<string> {
    const h = this.page.getByTestId(`page-${route}`).locator('h1, h2').first();
    await h.waitFor({ timeout: 60_000 });
    return (await h.innerText()).trim();
  }

  async themeMode(): Promise<string> {
    return this.page.evaluate('document.documentElement.dataset.theme') as Promise<string>;
  }

  async toggleThemeByButton(): Promise<void> {
    await this.page.getByTestId('toggle-theme').click();
  }

  async officeName(): Promise<string> {
    return (await this.page.getByTestId('office-name').innerText()).trim();
  }

  async titleBarText(): Promise<string> {
    return this.page.getByTestId('title-bar').innerText();
  }

  /** Presses a chord such as 'Control+k' or 'Alt+2' with the focus on the page body. */
  async press(chord: string): Promise<void> {
    await this.page.keyboard.press(chord);
  }

  async paletteOpen(): Promise<boolean> {
    return this.page.getByTestId('command-palette').isVisible();
  }

  /** Types into the open palette and returns the ids of the listed commands. */
  async searchPalette(text: string): Promise<string[]> {
    const input = this.page.getByTestId('command-palette-input');
    await input.waitFor();
    await input.fill(text);
    return this.page.getByTestId('command-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-command-id') ?? ''));
  }

  /** The ids of the commands the palette lists right now. */
  async paletteCommandIds(): Promise<string[]> {
    return this.page.getByTestId('command-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-command-id') ?? ''));
  }

  /** Opens a menu of the menu bar ('data' | 'view' | 'help') and clicks the command `id`. */
  async runFromMenu(section: string, id: string): Promise<void> {
    await this.page.getByTestId(`menu-${section}`).click();
    await this.page.getByTestId(`menu-item-${id}`).click();
  }

  /** The command ids a menu of the menu bar lists. */
  async menuCommandIds(section: string): Promise<string[]> {
    await this.page.getByTestId(`menu-${section}`).click();
    const items = this.page.locator('.ant-dropdown:not(.ant-dropdown-hidden) [data-testid^="menu-item-"]');
    await items.first().waitFor();
    const ids = await items.evaluateAll((els) =>
      els.map((e) => (e.getAttribute('data-testid') ?? '').replace(/^menu-item-/, '')));
    await this.page.keyboard.press('Escape');
    return ids;
  }

  async engineState(): Promise<string | null> {
    return this.page.getByTestId('engine-status').getAttribute('data-state');
  }

  async statusBarText(): Promise<string> {
    return this.page.getByTestId('status-bar').innerText();
  }
}
