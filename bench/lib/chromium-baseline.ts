import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import type { CertificateModel } from '../../src/documents/document-models.js';
import { certificateHtml } from './certificate-html.js';

export const CHROMIUM = '/usr/bin/chromium';

export const chromiumAvailable = (): boolean => existsSync(CHROMIUM);

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

/**
 * Warm-browser baseline: Chromium launched once, `pages` tabs reused, each looping setContent + pdf for
 * about `seconds` (after one warm-up document per tab). The HTML (with its QR SVG) is built per document,
 * as an HTML-template renderer would. Returns certificates per second over all tabs.
 */
export async function chromiumThroughput(model: CertificateModel, seconds: number, pages: number): Promise<number> {
  const profile = mkdtempSync(join(tmpdir(), 'kompeten-bench-chromium-'));
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: [...FLAGS, `--user-data-dir=${profile}`] });
  try {
    const tabs = await Promise.all(Array.from({ length: pages }, () => browser.newPage()));
    const print = async (page: (typeof tabs)[number]) => {
      await page.setContent(await certificateHtml(model), { waitUntil: 'load' });
      return page.pdf({ format: 'A4', printBackground: true });
    };
    await Promise.all(tabs.map(print));
    const start = performance.now();
    let count = 0;
    await Promise.all(
      tabs.map(async (page) => {
        while (performance.now() - start < seconds * 1000) {
          await print(page);
          count++;
        }
      }),
    );
    return count / ((performance.now() - start) / 1000);
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
