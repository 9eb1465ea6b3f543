import { createHash } from 'node:crypto';
import { type Readable, Transform } from 'node:stream';

export interface ManifestFile { path: string; sha256: string; size: number; expectedSha256?: string }

/** A pass-through that hashes and counts what flows through it. */
export function hashingPassThrough(): { stream: Transform; done: Promise<{ sha256: string; size: number }> } {
  const hash = createHash('sha256');
  let size = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      hash.update(chunk);
      size += chunk.length;
      cb(null, chunk);
    },
  });
  const done = new Promise<{ sha256: string; size: number }>((resolve, reject) => {
    stream.on('end', () => resolve({ sha256: hash.digest('hex'), size }));
    stream.on('error', reject);
  });
  return { stream, done };
}

export function pipeHashed(source: Readable): { stream: Transform; done: Promise<{ sha256: string; size: number }> } {
  const h = hashingPassThrough();
  source.on('error', (e) => h.stream.destroy(e));
  source.pipe(h.stream);
  return h;
}

/** A file name safe in any archive tool: ASCII letters, digits, dot, dash, underscore. */
export const safeFileName = (name: string) => name.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '').slice(0, 100) || 'file';

/** `sha256sum -c SHA256SUMS` reads exactly this: hash, two spaces, path. */
export const sha256sums = (files: ManifestFile[]) => files.map((f) => `${f.sha256}  ${f.path}\n`).join('');

export function readme(assessmentId: string, generatedAt: Date): string {
  return [
    `Assessment dossier ${assessmentId}, exported ${generatedAt.toISOString()}.`,
    '',
    'Contents',
    '  dossier.json     the complete record (as GET /assessments/{id}/dossier answers it)',
    '  documents/       the issued PDFs, re-rendered and checked against the SHA-256 stored when they were issued',
    '  quality-reviews/ the FR.AK.06 reviews of the assessment, corrections included, rendered at export',
    '  evidence/        the portfolio files named by the record, as stored (content-addressed by SHA-256)',
    '  manifest.json    every file above with its SHA-256 and size in bytes',
    '  SHA256SUMS       the same hashes (and that of manifest.json) in sha256sum format',
    '',
    'Checking offline',
    '  Unpack the archive, then in its top folder run:',
    '    sha256sum -c SHA256SUMS          (Linux; on macOS: shasum -a 256 -c SHA256SUMS)',
    '  Every line must say OK. The hashes of documents can also be compared with the `sha256` of',
    '  `documents` in dossier.json, and those of evidence files with `portfolioItems[].sha256`.',
    '  An evidence file whose content no longer matched its recorded hash carries `expectedSha256` in manifest.json.',
    '',
  ].join('\n');
}
