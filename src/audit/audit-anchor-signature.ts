import { createHmac, hash, timingSafeEqual } from 'node:crypto';
import { canonicalJson } from './audit-chain.js';

export interface AnchoredHead {
  certificationBodyId: string;
  seq: number;
  hash: string;
  anchoredAt: Date;
}

/** The signed message: RFC 8785 JSON of {v, body, seq, hash, at}. */
export const anchorMessage = (a: AnchoredHead): string =>
  canonicalJson({ v: 1, body: a.certificationBodyId, seq: a.seq, hash: a.hash, at: a.anchoredAt.toISOString() });

export const signAnchor = (key: string, a: AnchoredHead): string =>
  createHmac('sha256', key).update(anchorMessage(a)).digest('hex');

export const keyFingerprint = (key: string): string => hash('sha256', key, 'hex').slice(0, 16);

export function anchorSignatureValid(key: string, a: AnchoredHead, signature: string): boolean {
  const expected = Buffer.from(signAnchor(key, a), 'hex');
  const given = Buffer.from(signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
