import type { Page } from 'playwright-core';

/** 工作台: the store's figures and the section cards. */
export class HomePageObject {
  constructor(readonly page: Page) {}

  async isEmpty(): Promise<boolean> {
    // The live query answers after the first paint: wait for either state.
    await this.page.locator('[data-testid=home-empty], [data-testid=home-stats]').first().waitFor({ timeout: 60_000 });
    return this.page.getByTestId('home-empty').isVisible();
  }

  /** The ticket count as shown (e.g. "5,000"), once the live query has it. */
  async ticketCountText(): Promise<string> {
    const el = this.page.getByTestId('home-ticket-count-value');
    await el.waitFor({ timeout: 60_000 });
    return (await el.innerText()).trim();
  }

  async rangeText(): Promise<string> {
    return (await this.page.getByTestId('home-range').locator('.duban-stat-foot').innerText()).trim();
  }

  async openSectionCard(route: string): Promise<void> {
    await this.page.getByTestId(`home-card-${route}`).click();
  }

  async goWelcomeFromEmpty(): Promise<void> {
    await this.page.getByTestId('home-go-welcome').click();
  }
}
