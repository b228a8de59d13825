import type { Page } from 'playwright-core';

/** The first-run page: demo city or import. */
export class WelcomePageObject {
  constructor(readonly page: Page) {}

  async waitVisible(timeout = 60_000): Promise<void> {
    await this.page.getByTestId('welcome-page').waitFor({ timeout });
  }

  /** The demo size the select shows (e.g. "5,000 件"). */
  async demoSizeText(): Promise<string> {
    return (await this.page.getByTestId('demo-size').innerText()).trim();
  }

  /** Clicks 载入示范数据 and returns the phases the progress showed until the app went home. */
  async loadDemo(timeout = 240_000): Promise<{ phases: string[]; sawProgress: boolean }> {
    await this.page.getByTestId('load-demo').click();
    const phases = new Set<string>();
    let sawProgress = false;
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
      if (await this.page.getByTestId('page-home').isVisible()) return { phases: [...phases], sawProgress };
      const error = this.page.getByTestId('demo-error');
      if (await error.isVisible()) throw new Error(`载入示范数据失败：${await error.innerText()}`);
      const phase = this.page.getByTestId('demo-phase');
      if (await phase.isVisible()) {
        sawProgress = true;
        phases.add((await phase.innerText().catch(() => '')).trim());
      }
      await this.page.waitForTimeout(100);
    }
    throw new Error(`示范数据 ${timeout} ms 内没有载入完成`);
  }

  async goImport(): Promise<void> {
    await this.page.getByTestId('go-import').click();
  }
}
