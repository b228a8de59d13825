/**
 * Renders a notice's HTML (src-core/records/notice-html) to PDF in a headless Chromium driven by
 * playwright-core: the page's own CSS size and margins (`preferCSSPageSize`), backgrounds
 * printed (the red mark and rule), no browser header or footer (the page numbers are the
 * template's CSS margin boxes).
 */
import { chromium } from 'playwright-core';
import { requireBrowser } from './find-browser';

/** The flags the e2e harness uses for the same browser. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export type RenderedPdf = {
  pdf: Uint8Array;
  /** Font families of the template that the browser could not load (tofu or fallback faces likely). */
  missingFonts: string[];
};

/** The PDF of `html`. Throws with a Chinese message when no browser is installed. */
export async function renderNoticePdf(html: string): Promise<RenderedPdf> {
  const browser = await chromium.launch({ executablePath: requireBrowser(), args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    // Runs in the page; a string, since this file is compiled without DOM types.
    const missingFonts = await page.evaluate(`document.fonts.ready.then(() =>
      [...document.fonts].filter((f) => f.status === 'error').map((f) => f.family.replace(/"/g, '')))`) as string[];
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false });
    return { pdf: new Uint8Array(pdf), missingFonts };
  } finally {
    await browser.close();
  }
}
