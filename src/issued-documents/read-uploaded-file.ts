import busboy from 'busboy';
import type { Request } from 'express';
import { RequestValidationError } from '../common/errors/domain-error.js';
import { DocumentFileMissingError } from './issued-documents.errors.js';

/** Largest document accepted for an authenticity check (issued PDFs are a few hundred KB). */
export const MAX_CHECKED_DOCUMENT_BYTES = 10 * 1024 * 1024;

const tooLarge = () => new RequestValidationError([{ pointer: '/file', detail: `The file exceeds ${MAX_CHECKED_DOCUMENT_BYTES} bytes` }]);

/** The bytes of one uploaded file: multipart part `file`, or the raw body of an application/pdf request. */
export function readUploadedFile(req: Request): Promise<Buffer> {
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  if (type.startsWith('multipart/form-data')) return readMultipart(req);
  if (type.startsWith('application/pdf') || type.startsWith('application/octet-stream')) return readRaw(req);
  req.resume();
  return Promise.reject(new DocumentFileMissingError());
}

function readRaw(req: Request): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_CHECKED_DOCUMENT_BYTES) {
        req.removeAllListeners('data');
        req.resume();
        reject(tooLarge());
      } else chunks.push(c);
    });
    req.on('end', () => (size ? resolve(Buffer.concat(chunks)) : reject(new DocumentFileMissingError())));
    req.on('error', reject);
  });
}

function readMultipart(req: Request): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let file: Buffer | undefined;
    let failed = false;
    const fail = (e: Error) => {
      failed = true;
      req.unpipe();
      req.resume();
      reject(e);
    };
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { files: 1, fields: 5, fileSize: MAX_CHECKED_DOCUMENT_BYTES + 1 } });
    } catch {
      return fail(new DocumentFileMissingError());
    }
    // Only the file part: any other field is refused like an unknown JSON field (mass-assignment rule).
    parser.on('field', (name) => fail(new RequestValidationError([{ pointer: `/${name}`, detail: 'Unknown field: send only the part "file"' }])));
    parser.on('file', (name, stream) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('limit', () => fail(tooLarge()));
      stream.on('end', () => {
        if (name === 'file') file = Buffer.concat(chunks);
      });
    });
    parser.on('error', () => fail(new DocumentFileMissingError()));
    parser.on('close', () => {
      if (failed) return;
      if (file?.length) resolve(file);
      else reject(new DocumentFileMissingError());
    });
    req.pipe(parser);
  });
}
