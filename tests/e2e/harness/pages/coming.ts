import type { Page } from 'playwright-core';

/** A section still being built: its heading and the list of what it will do. */
export class ComingPageObject {
  constructor(readonly page: Page) {}

  async points(): Promise<string[]> {
    return this.page.getByTestId('coming-page').locator('.duban-coming-points li').allInnerTexts();
  }

  async badge(): Promise<string> {
    return (await this.page.getByTestId('coming-page').locator('.ant-tag').first().innerText()).trim();
  }
}
