import type { Response } from 'express';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { RangeNotSatisfiableError } from './evidence.errors.js';
import type { PortfolioItem } from './portfolio-item.entity.js';
import type { ByteRange } from './storage/evidence-storage.js';

/**
 * Resolves a `Range` header against the content size (RFC 9110 §14). Only a
 * single byte range is honoured; anything else (several ranges, other units,
 * malformed) is ignored and the whole content is sent, as the RFC allows.
 */
export function parseByteRange(header: string | undefined, size: number): ByteRange | undefined {
  const m = header?.trim().match(/^bytes=(\d*)-(\d*)$/);
  if (!m || (m[1] === '' && m[2] === '')) return undefined;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0) throw new RangeNotSatisfiableError(size);
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (start >= size) throw new RangeNotSatisfiableError(size);
  if (end < start) return undefined;
  return { start, end };
}

/** `attachment` with an ASCII fallback and the exact UTF-8 name (RFC 6266 / 8187). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export interface EvidenceContent {
  item: PortfolioItem;
  range?: ByteRange;
  stream: Readable;
}

export async function sendEvidenceContent(res: Response, { item, range, stream }: EvidenceContent): Promise<void> {
  res.status(range ? 206 : 200);
  res.setHeader('Content-Type', item.mediaType);
  res.setHeader('Content-Disposition', contentDisposition(item.originalFileName));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Accept-Ranges', 'bytes');
  res.setHeader('ETag', `"${item.sha256}"`);
  res.setHeader('Cache-Control', 'private, no-cache');
  res.setHeader('Content-Length', String(range ? range.end - range.start + 1 : item.sizeBytes));
  if (range) res.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${item.sizeBytes}`);
  await pipeline(stream, res);
}
