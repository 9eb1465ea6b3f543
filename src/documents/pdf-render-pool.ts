import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DocumentJob } from './document-models.js';
import type { RenderReply, RenderRequest } from './pdf-render.worker.js';

export interface RenderedDocument {
  readonly pdf: Buffer;
  readonly sha256: string;
}

export interface PdfRenderPoolOptions {
  /** Worker count; defaults to os.availableParallelism(). */
  readonly size?: number;
  /** Worker script; defaults to the compiled pdf-render.worker.js next to this file (tests pass the dist path). */
  readonly workerUrl?: URL;
}

interface Pending {
  resolve(value: RenderedDocument): void;
  reject(reason: Error): void;
}

/**
 * Renders documents on worker threads so batch rendering (all certificates of a decision meeting) never
 * blocks the API's event loop. Each worker loads fonts once; jobs go to the least busy worker.
 */
export class PdfRenderPool {
  private readonly workers: { worker: Worker; busy: number }[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(options: PdfRenderPoolOptions = {}) {
    const size = Math.max(1, options.size ?? availableParallelism());
    const url = options.workerUrl ?? new URL('./pdf-render.worker.js', import.meta.url);
    for (let i = 0; i < size; i++) {
      const slot = { worker: new Worker(url), busy: 0 };
      slot.worker.on('message', (reply: RenderReply) => {
        slot.busy--;
        this.settle(reply);
      });
      slot.worker.on('error', (error) => this.failAll(error));
      this.workers.push(slot);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  render(job: DocumentJob): Promise<RenderedDocument> {
    const id = this.nextId++;
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    slot.busy++;
    return new Promise<RenderedDocument>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, job } satisfies RenderRequest);
    });
  }

  /** Renders all jobs; results come back in input order. */
  renderAll(jobs: readonly DocumentJob[]): Promise<RenderedDocument[]> {
    return Promise.all(jobs.map((job) => this.render(job)));
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
    this.failAll(new Error('PdfRenderPool closed'));
  }

  private settle(reply: RenderReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    if ('error' in reply) pending.reject(new Error(`PDF render failed: ${reply.error}`));
    else pending.resolve({ pdf: Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength), sha256: reply.sha256 });
  }

  private failAll(error: Error): void {
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}
