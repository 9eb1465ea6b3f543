import { availableParallelism } from 'node:os';
import { sampleCertificate } from '../../src/documents/document-samples.js';
import { measureThroughput } from '../../src/documents/pdf-throughput.js';
import { chromiumAvailable, chromiumThroughput, CHROMIUM } from '../lib/chromium-baseline.js';
import type { Scenario } from '../lib/types.js';

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Scenario 5: BNSP certificate (2 pages, 5 embedded DejaVu subsets, vector QR) rendered in this process
 * on one core, and on a PdfRenderPool of one worker per core. Baseline: warm headless Chromium printing the
 * equivalent HTML, with one tab and with one tab per core. The ratio compares the best of each side.
 */
export const pdfRendering: Scenario = {
  id: '5-pdf-rendering',
  title: 'Certificate PDF rendering (docs/s, all cores)',
  async run(ctx) {
    const seconds = ctx.quick ? 4 : 10;
    const cores = availableParallelism();
    const job = { kind: 'certificate' as const, model: sampleCertificate() };
    const oneCore = await measureThroughput(job, { seconds, workers: 0 });
    const allCores = await measureThroughput(job, { seconds, workers: cores });
    const target = '≥ 4× warm Chromium, ≥ 100/s on 2 cores';
    const details: Record<string, unknown> = { oneCore: round(oneCore), allCores: round(allCores), cores };
    if (!chromiumAvailable()) {
      return {
        id: this.id, title: this.title, unit: 'docs/s', value: round(allCores), target,
        met: allCores >= 100 ? undefined : false, details,
        note: `Chromium baseline skipped: ${CHROMIUM} is not installed (Debian: apt-get install chromium).`,
      };
    }
    const chromeOneTab = await chromiumThroughput(job.model, seconds, 1);
    const chromeAllTabs = await chromiumThroughput(job.model, seconds, cores);
    const chrome = Math.max(chromeOneTab, chromeAllTabs);
    // Best configuration on each side: on a busy machine two workers can lose to one thread.
    const ratio = Math.max(oneCore, allCores) / chrome;
    Object.assign(details, { chromiumOneTab: round(chromeOneTab), chromiumTabPerCore: round(chromeAllTabs), oneCoreVsChromium: round(oneCore / chrome) });
    return {
      id: this.id, title: this.title, unit: 'docs/s', value: round(allCores),
      baseline: { title: 'warm headless Chromium, best of 1 tab / tab per core', value: round(chrome) },
      ratio: Math.round(ratio * 100) / 100, target, met: ratio >= 4 && allCores >= 100, details,
    };
  },
};
