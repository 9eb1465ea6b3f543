import { parentPort } from 'node:worker_threads';
import { sha256 } from './document-hash.js';
import type { DocumentJob } from './document-models.js';
import { renderDocument } from './render-document.js';

export interface RenderRequest {
  readonly id: number;
  readonly job: DocumentJob;
}

export type RenderReply = { readonly id: number; readonly pdf: Uint8Array; readonly sha256: string } | { readonly id: number; readonly error: string };

parentPort?.on('message', (request: RenderRequest) => {
  renderDocument(request.job).then(
    (pdf) => {
      const bytes = new Uint8Array(pdf); // own ArrayBuffer (never Buffer's shared pool), so it can be transferred
      parentPort?.postMessage({ id: request.id, pdf: bytes, sha256: sha256(bytes) } satisfies RenderReply, [bytes.buffer as ArrayBuffer]);
    },
    (error: unknown) => parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.stack ?? error.message : String(error) } satisfies RenderReply),
  );
});
