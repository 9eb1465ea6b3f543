import { createHash, timingSafeEqual } from 'node:crypto';
import canonicalize from 'canonicalize';

/** Hex SHA-256 of the bytes of a rendered document; this is what is stored when a document is issued. */
export function sha256(buffer: Uint8Array): string {
  return createHash('sha256').update(buffer).digest('hex');
}

/**
 * Hex SHA-256 of the canonical JSON (RFC 8785) of a view model, tagged by document kind. It identifies the
 * content independently of the PDF bytes and seeds the PDF trailer /ID, so equal models give equal files.
 */
export function documentHash(kind: string, model: unknown): string {
  const json = canonicalize({ kind, model });
  if (json === undefined) throw new TypeError('Document model cannot be serialised');
  return createHash('sha256').update(json).digest('hex');
}

/** True when the file's SHA-256 is one of the hashes stored for issued documents. */
export function isAuthenticIssuedDocument(buffer: Uint8Array, storedHashes: Iterable<string>): boolean {
  const actual = Buffer.from(sha256(buffer), 'hex');
  for (const stored of storedHashes) {
    if (!/^[0-9a-f]{64}$/i.test(stored)) continue;
    if (timingSafeEqual(actual, Buffer.from(stored, 'hex'))) return true;
  }
  return false;
}
