import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from './document-hash.js';
import type { DocumentJob } from './document-models.js';
import { sampleCertificate, sampleDecisionLetter } from './document-samples.js';
import { PdfRenderPool } from './pdf-render-pool.js';
import { renderDocument } from './render-document.js';

// Workers cannot load .ts under jest: use the compiled worker (`npm test` builds dist/ first).
const workerUrl = new URL(`file://${join(process.cwd(), 'dist/src/documents/pdf-render.worker.js')}`);

describe('PdfRenderPool', () => {
  let sut: PdfRenderPool;

  beforeAll(() => {
    if (!existsSync(workerUrl)) throw new Error('Run `npm run build` first: dist worker missing');
    sut = new PdfRenderPool({ size: 2, workerUrl });
  });

  afterAll(async () => {
    await sut.close();
  });

  it('renders a batch in input order with the same bytes as in-process rendering', async () => {
    const names = ['Ñoño Çağlar', 'Siti Nurhaliza Putri', 'Zoë Ångström', 'Đặng Thị Hằng', 'Budi Santoso', 'Ayu Lestari'];
    const jobs: DocumentJob[] = names.map((holderName, i) => ({ kind: 'certificate', model: sampleCertificate({ holderName, registrationNumber: `TIK 1565 ${30800 + i} 2026` }) }));
    jobs.push({ kind: 'decision-letter', model: sampleDecisionLetter() });
    const results = await sut.renderAll(jobs);
    expect(results).toHaveLength(jobs.length);
    for (const [i, job] of jobs.entries()) {
      const local = await renderDocument(job);
      expect(results[i].pdf.equals(local)).toBe(true);
      expect(results[i].sha256).toBe(sha256(local));
    }
  });

  it('rejects a job that cannot be rendered and keeps serving', async () => {
    const broken = { kind: 'certificate', model: sampleCertificate({ issuedOn: 'not a date' }) } as DocumentJob;
    await expect(sut.render(broken)).rejects.toThrow(/Not an ISO date/);
    const ok = await sut.render({ kind: 'certificate', model: sampleCertificate() });
    expect(ok.sha256).toBe(sha256(await renderDocument({ kind: 'certificate', model: sampleCertificate() })));
  });
});
