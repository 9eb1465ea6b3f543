import { hash } from 'node:crypto';
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

const sha256 = (s: string) => hash('sha256', s, 'hex');

/** RFC 8785 canonical JSON, so the same content always hashes the same. */
export const canonicalJson = (value: unknown): string => plainCanonical(value ?? null) ?? canonicalize(value ?? null) ?? 'null';

export const payloadHashOf = (payload: unknown): string => sha256(canonicalJson(payload));

/** The hashed content of an entry, as a plain object: the definition that entryContent() must match. */
export function entryContentObject(f: ChainedFields): Record<string, unknown> {
  return {
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
  };
}

/** In a /u regex a valid surrogate pair is one code point, so `\p{Surrogate}` matches only lone surrogates. */
const LONE_SURROGATE = /\p{Surrogate}/u;
/** Strings JSON.stringify would change beyond adding quotes, or that canonicalize refuses. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what JSON escapes
const SPECIAL = /[\u0000-\u001f"\\]|\p{Surrogate}/u;

/** A JSON string literal, or undefined for a lone surrogate (canonicalize throws on those). */
function quote(s: string): string | undefined {
  if (!SPECIAL.test(s)) return `"${s}"`;
  return LONE_SURROGATE.test(s) ? undefined : JSON.stringify(s);
}

const plain = (s: unknown): s is string => typeof s === 'string' && !SPECIAL.test(s);
const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** Date.prototype.toISOString for years 1000-9999, 2.5x faster; other years use the builtin. */
function isoString(d: Date): string {
  const y = d.getUTCFullYear();
  if (y < 1000 || y > 9999) return d.toISOString();
  const ms = d.getUTCMilliseconds();
  return `${y}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}T${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:` +
    `${pad2(d.getUTCSeconds())}.${ms < 10 ? `00${ms}` : ms < 100 ? `0${ms}` : ms}Z`;
}

/**
 * canonicalJson(entryContentObject(f)) written out directly with the keys in RFC 8785 order: verification
 * hashes every entry, and the generic canonicaliser was most of its cost. Any string needing escapes (or a
 * lone surrogate), a non-integer seq or an invalid date takes the generic path, so results and errors stay identical.
 */
export function entryContent(f: ChainedFields): string {
  const roles = f.actorRoles;
  if (
    !Number.isSafeInteger(f.seq) || !(f.actorUserId === null || plain(f.actorUserId)) || !Array.isArray(roles) || !roles.every(plain) ||
    !plain(f.certificationBodyId) || !plain(f.action) || !plain(f.entityType) || !plain(f.entityId) || !plain(f.requestId) ||
    !plain(f.clientIp) || !plain(f.payloadHash) || !(f.occurredAt instanceof Date) || Number.isNaN(f.occurredAt.getTime())
  ) {
    return canonicalJson(entryContentObject(f));
  }
  const actor = f.actorUserId === null ? 'null' : `"${f.actorUserId}"`;
  const roleList = roles.length === 0 ? '[]' : `["${roles.join('","')}"]`;
  return `{"action":"${f.action}","actor":${actor},"at":"${isoString(f.occurredAt)}","body":"${f.certificationBodyId}",` +
    `"entityId":"${f.entityId}","entityType":"${f.entityType}","ip":"${f.clientIp}","payloadHash":"${f.payloadHash}",` +
    `"requestId":"${f.requestId}","roles":${roleList},"seq":${f.seq},"v":1}`;
}

export function entryHash(prevHash: string, f: ChainedFields): string {
  return sha256(`${prevHash}\n${entryContent(f)}`);
}

/**
 * Canonical JSON of plain JSON data (what JSON.parse and the database give back) without the generic
 * library's bookkeeping; undefined for anything else (toJSON objects, undefined, symbols, lone surrogates,
 * non-finite numbers), which then takes the generic path.
 */
function plainCanonical(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : undefined;
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) {
        const items: string[] = [];
        for (const item of value) {
          const c = plainCanonical(item);
          if (c === undefined) return undefined;
          items.push(c);
        }
        return `[${items.join(',')}]`;
      }
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) return undefined;
      const parts: string[] = [];
      for (const key of Object.keys(value).sort()) {
        const c = plainCanonical((value as Record<string, unknown>)[key]);
        const k = quote(key);
        if (c === undefined || k === undefined) return undefined;
        parts.push(`${k}:${c}`);
      }
      return `{${parts.join(',')}}`;
    }
    default:
      return undefined;
  }
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
