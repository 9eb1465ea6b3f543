import { hash } from 'node:crypto';

/** Chain key of platform-level actions that belong to no certification body. */
export const PLATFORM_CHAIN = '00000000-0000-0000-0000-000000000000';
export const GENESIS_HASH = '0'.repeat(64);
/** Payloads larger than this keep only their hash inline. */
export const MAX_INLINE_PAYLOAD = 32 * 1024;

export interface ChainedFields {
  certificationBodyId: string;
  seq: number;
  /** A Date, or its ISO 8601 UTC form with milliseconds (as Date.toISOString writes it). */
  occurredAt: Date | string;
  actorUserId: string | null;
  actorRoles: string[];
  action: string;
  entityType: string;
  entityId: string;
  requestId: string;
  clientIp: string;
  payloadHash: string;
}

const sha256 = (s: string): string => hash('sha256', s, 'hex');

/**
 * RFC 8785 (JCS) canonical JSON of a JSON value, so the same content always hashes
 * the same: object keys sorted by UTF-16 code units (the default string sort),
 * strings and numbers as JSON.stringify writes them, undefined members dropped.
 * audit-chain.spec.ts checks it against the `canonicalize` package.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('Non-finite numbers are not JSON');
    return JSON.stringify(value) ?? 'null';
  }
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return canonicalJson((value as { toJSON(): unknown }).toJSON());
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      out += (i ? ',' : '') + (v === undefined || typeof v === 'function' || typeof v === 'symbol' ? 'null' : canonicalJson(v));
    }
    return out + ']';
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).sort();
  let out = '{';
  let first = true;
  for (const k of keys) {
    const v = obj[k];
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    out += (first ? '' : ',') + JSON.stringify(k) + ':' + canonicalJson(v);
    first = false;
  }
  return out + '}';
}

export const payloadHashOf = (payload: unknown): string => sha256(canonicalJson(payload));

const str = JSON.stringify;

/**
 * sha256(prevHash + "\n" + canonical content). The content is the RFC 8785 form of
 * {v:1, body, seq, at, actor, roles, action, entityType, entityId, requestId, ip, payloadHash},
 * written out by hand with its keys already in canonical order: verification hashes
 * hundreds of thousands of entries a second, and a generic canonicaliser costs more than
 * the hash. RFC 8785 serialises strings exactly as JSON.stringify does, and `seq` is an
 * integer; audit-chain.spec.ts checks this against `canonicalize`.
 */
export function entryHash(prevHash: string, f: ChainedFields): string {
  const at = typeof f.occurredAt === 'string' ? f.occurredAt : f.occurredAt.toISOString();
  let roles = '';
  for (let i = 0; i < f.actorRoles.length; i++) roles += (i ? ',' : '') + str(f.actorRoles[i]);
  const content =
    `{"action":${str(f.action)},"actor":${f.actorUserId === null ? 'null' : str(f.actorUserId)},"at":${str(at)}` +
    `,"body":${str(f.certificationBodyId)},"entityId":${str(f.entityId)},"entityType":${str(f.entityType)}` +
    `,"ip":${str(f.clientIp)},"payloadHash":${str(f.payloadHash)},"requestId":${str(f.requestId)}` +
    `,"roles":[${roles}],"seq":${f.seq},"v":1}`;
  return sha256(`${prevHash}\n${content}`);
}

export type ChainBreakReason =
  | 'gap'
  | 'prev_hash_mismatch'
  | 'hash_mismatch'
  | 'payload_mismatch'
  /** The chain head row records more entries than exist: the tail was deleted. */
  | 'tail_missing'
  /** The chain head row disagrees with the last entry in another way. */
  | 'head_mismatch';

export interface ChainBreak {
  seq: number;
  reason: ChainBreakReason;
}

/** Entry fields the verifier reads; `payload` null means "kept as hash only" and is not rechecked. */
export interface VerifiableEntry extends ChainedFields {
  payload: unknown;
  prevHash: string;
  hash: string;
}

/**
 * Walks entries in seq order from `prevHash` and reports the first broken link.
 * Pure: the caller streams entries from the database in batches.
 */
export class ChainVerifier {
  checked = 0;
  firstBreak?: ChainBreak;
  private lastSeq: number;

  constructor(private prevHash: string, private expectedSeq: number) {
    this.lastSeq = expectedSeq - 1;
  }

  /** Hash of the last verified entry (the starting prevHash when none was). */
  get lastHash(): string {
    return this.prevHash;
  }

  /** Seq of the last verified entry. */
  get lastVerifiedSeq(): number {
    return this.lastSeq;
  }

  push(e: VerifiableEntry): boolean {
    if (this.firstBreak) return false;
    this.checked++;
    if (e.seq !== this.expectedSeq) return this.fail(this.expectedSeq, 'gap');
    if (e.prevHash !== this.prevHash) return this.fail(e.seq, 'prev_hash_mismatch');
    if (e.payload !== null && e.payload !== undefined && payloadHashOf(e.payload) !== e.payloadHash)
      return this.fail(e.seq, 'payload_mismatch');
    if (entryHash(this.prevHash, e) !== e.hash) return this.fail(e.seq, 'hash_mismatch');
    this.prevHash = e.hash;
    this.lastSeq = e.seq;
    this.expectedSeq++;
    return true;
  }

  /**
   * After the last entry of the chain: the head row must name that entry. A head
   * ahead of the entries means the tail was removed (the trigger forbids DELETE,
   * so only someone bypassing it can do that).
   */
  checkHead(head: { seq: number; hash: string } | null): boolean {
    if (this.firstBreak) return false;
    const headSeq = head?.seq ?? 0;
    const headHash = head?.hash ?? GENESIS_HASH;
    if (headSeq > this.lastSeq) return this.fail(this.lastSeq + 1, 'tail_missing');
    if (headSeq !== this.lastSeq || headHash !== this.prevHash) return this.fail(this.lastSeq, 'head_mismatch');
    return true;
  }

  /** A range must end at `seq`; entries missing before it are a gap. */
  expectLast(seq: number): boolean {
    if (this.firstBreak) return false;
    if (this.lastSeq < seq) return this.fail(this.lastSeq + 1, 'gap');
    return true;
  }

  private fail(seq: number, reason: ChainBreakReason): false {
    this.firstBreak = { seq, reason };
    return false;
  }
}
