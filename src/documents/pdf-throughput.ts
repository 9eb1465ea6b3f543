import type { DocumentJob } from './document-models.js';
import { PdfRenderPool } from './pdf-render-pool.js';
import { renderDocument } from './render-document.js';

export interface ThroughputOptions {
  readonly seconds: number;
  /** 0 renders on the calling thread; otherwise the size of a PdfRenderPool. */
  readonly workers: number;
  readonly workerUrl?: URL;
}

/** Renders `job` repeatedly for about `seconds` and returns documents per second (for the bench harness). */
export async function measureThroughput(job: DocumentJob, options: ThroughputOptions): Promise<number> {
  const budgetMs = options.seconds * 1000;
  if (options.workers <= 0) {
    await renderDocument(job); // warm the font cache
    const start = performance.now();
    let count = 0;
    while (performance.now() - start < budgetMs) {
      await renderDocument(job);
      count++;
    }
    return count / ((performance.now() - start) / 1000);
  }
  const pool = new PdfRenderPool({ size: options.workers, workerUrl: options.workerUrl });
  try {
    await pool.renderAll(Array.from({ length: pool.size }, () => job)); // warm every worker
    const inFlight = pool.size * 2;
    const start = performance.now();
    let count = 0;
    const lane = async (): Promise<void> => {
      while (performance.now() - start < budgetMs) {
        await pool.render(job);
        count++;
      }
    };
    await Promise.all(Array.from({ length: inFlight }, lane));
    return count / ((performance.now() - start) / 1000);
  } finally {
    await pool.close();
  }
}
