import busboy from 'busboy';
import type { Request } from 'express';
import type { Readable } from 'node:stream';
import { RequestValidationError } from '../common/errors/domain-error.js';
import { ContentSniffer } from './content-sniffer.js';
import { checkEvidenceType, sanitizeFileName } from './evidence-media-types.js';
import type { EvidenceStorage, PutResult } from './storage/evidence-storage.js';

export interface ReceivedEvidenceFile extends PutResult {
  mediaType: string;
  originalFileName: string;
}

export interface ReceivedUpload {
  fields: Record<string, string | string[]>;
  file: ReceivedEvidenceFile;
}

const badRequest = (pointer: string, detail: string) => new RequestValidationError([{ pointer, detail }]);

/**
 * Streams one multipart/form-data upload (part `file` plus text fields) into
 * storage through the content sniffer; nothing is held whole in memory. On any
 * failure the request is drained and whatever reached storage is left to the
 * orphan sweep (no row ever points at it).
 */
export function receiveEvidenceUpload(
  req: Request,
  storage: EvidenceStorage,
  opts: { maxBytes: number },
): Promise<ReceivedUpload> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        limits: { files: 1, fields: 30, fieldSize: 10_000, parts: 40, fileSize: opts.maxBytes + 1 },
      });
    } catch {
      return reject(badRequest('/', 'The request must be multipart/form-data with a boundary'));
    }
    // A null prototype: a field named like an inherited member (`__proto__`, `constructor`) stays a plain
    // field (the validation pipe refuses it) instead of reaching, and via the pipe deleting from, Object.prototype
    const fields: Record<string, string | string[]> = Object.create(null);
    let fileStream: Readable | undefined;
    let stored: Promise<ReceivedEvidenceFile> | undefined;
    let settled = false;

    const fail = (err: unknown) => {
      if (settled) return;
      settled = true;
      fileStream?.destroy();
      req.unpipe(parser);
      req.resume();
      reject(err);
    };

    parser.on('field', (name, value) => {
      const prev = fields[name];
      fields[name] = prev === undefined ? value : [...(Array.isArray(prev) ? prev : [prev]), value];
    });
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || stored) {
        stream.resume();
        return fail(badRequest(`/${name}`, 'Send exactly one file, in the part named "file"'));
      }
      fileStream = stream;
      const originalFileName = sanitizeFileName(info.filename);
      const sniffer = new ContentSniffer((ext) =>
        checkEvidenceType(ext, { mediaType: info.mimeType, fileName: info.filename ?? '' }),
      );
      stream.on('error', (e) => sniffer.destroy(e));
      stored = storage
        .put(stream.pipe(sniffer), { maxBytes: opts.maxBytes })
        .then((put) => ({ ...put, mediaType: sniffer.mediaType!, originalFileName }));
      stored.catch(fail);
    });
    parser.on('filesLimit', () => fail(badRequest('/file', 'Send exactly one file')));
    parser.on('fieldsLimit', () => fail(badRequest('/', 'Too many form fields')));
    parser.on('partsLimit', () => fail(badRequest('/', 'Too many form parts')));
    parser.on('error', () => fail(badRequest('/', 'The multipart body is malformed')));
    parser.on('close', () => {
      if (settled) return;
      if (!stored) return fail(badRequest('/file', 'A file is required (part named "file")'));
      stored.then((file) => {
        if (settled) return;
        settled = true;
        resolve({ fields: { ...fields }, file });
      }, fail);
    });
    req.on('close', () => {
      if (!req.complete) fail(badRequest('/', 'The upload was interrupted'));
    });
    req.pipe(parser);
  });
}
