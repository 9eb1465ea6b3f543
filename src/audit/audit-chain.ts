import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/** Chain key of platform-level actions that belong to no certification body. */
export const PLATFORM_CHAIN = '00000000-0000-0000-0000-000000000000';
export const GENESIS_HASH = '0'.repeat(64);
/** Payloads larger than this keep only their hash inline. */
export const MAX_INLINE_PAYLOAD = 32 * 1024;

export interface ChainedFields {
  certificationBodyId: string;
  seq: number;
  occurredAt: Date;
  actorUserId: string | null;
  actorRoles: string[];
  action: string;
  entityType: string;
  entityId: string;
  requestId: string;
  clientIp: string;
  payloadHash: string;
}

export interface StoredEntry extends ChainedFields {
  payload: unknown;
  prevHash: string;
  hash: string;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** RFC 8785 canonical JSON, so the same content always hashes the same. */
export const canonicalJson = (value: unknown): string => canonicalize(value ?? null) ?? 'null';

export const payloadHashOf = (payload: unknown): string => sha256(canonicalJson(payload));

export function entryHash(prevHash: string, f: ChainedFields): string {
  const content = canonicalJson({
    v: 1,
    body: f.certificationBodyId,
    seq: f.seq,
    at: f.occurredAt.toISOString(),
    actor: f.actorUserId,
    roles: f.actorRoles,
    action: f.action,
    entityType: f.entityType,
    entityId: f.entityId,
    requestId: f.requestId,
    ip: f.clientIp,
    payloadHash: f.payloadHash,
  });
  return sha256(`${prevHash}\n${content}`);
}

export interface ChainBreak {
  seq: number;
  reason: 'gap' | 'prev_hash_mismatch' | 'hash_mismatch' | 'payload_mismatch';
}

/**
 * Walks entries in seq order from `prevHash` and reports the first broken link.
 * Pure: the caller streams entries from the database in batches.
 */
export class ChainVerifier {
  checked = 0;
  firstBreak?: ChainBreak;

  constructor(private prevHash: string, private expectedSeq: number) {}

  get lastHash(): string {
    return this.prevHash;
  }

  push(e: StoredEntry): boolean {
    if (this.firstBreak) return false;
    this.checked++;
    if (e.seq !== this.expectedSeq) return this.fail(this.expectedSeq, 'gap');
    if (e.prevHash !== this.prevHash) return this.fail(e.seq, 'prev_hash_mismatch');
    if (e.payload !== null && e.payload !== undefined && payloadHashOf(e.payload) !== e.payloadHash)
      return this.fail(e.seq, 'payload_mismatch');
    if (entryHash(this.prevHash, e) !== e.hash) return this.fail(e.seq, 'hash_mismatch');
    this.prevHash = e.hash;
    this.expectedSeq++;
    return true;
  }

  private fail(seq: number, reason: ChainBreak['reason']): false {
    this.firstBreak = { seq, reason };
    return false;
  }
}
