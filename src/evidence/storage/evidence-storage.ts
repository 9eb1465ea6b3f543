import type { Readable } from 'node:stream';
import { DomainError } from '../../common/errors/domain-error.js';

/** Inclusive byte range, as in an HTTP `Range: bytes=start-end` header. */
export interface ByteRange {
  start: number;
  end: number;
}

export interface PutResult {
  /** SHA-256 of the content, lower-case hex: the storage key. */
  key: string;
  size: number;
  /** The same content was already stored; nothing new was written. */
  alreadyExisted: boolean;
}

export interface StoredObjectInfo {
  size: number;
  modifiedAt: Date;
}

/**
 * Content-addressed blob store for portfolio evidence. Keys are SHA-256 hex
 * digests computed by the driver; nothing a client sends chooses a path.
 * `put` is crash-safe: a reader never sees a partial object under a key.
 */
export interface EvidenceStorage {
  put(stream: Readable, opts: { maxBytes: number }): Promise<PutResult>;
  get(key: string, range?: ByteRange): Promise<Readable>;
  stat(key: string): Promise<StoredObjectInfo | null>;
  delete(key: string): Promise<void>;
  list(): AsyncIterable<string>;
  /** Removes temporary leftovers (interrupted writes) last touched before `olderThan`; returns how many. */
  cleanupTemp(olderThan: Date): Promise<number>;
}

export const EVIDENCE_STORAGE = Symbol('EvidenceStorage');

const KEY_PATTERN = /^[0-9a-f]{64}$/;

export function assertValidKey(key: string): void {
  if (!KEY_PATTERN.test(key)) throw new InvalidStorageKeyError(key);
}

export class InvalidStorageKeyError extends DomainError {
  constructor(key: string) {
    super('EVIDENCE.STORAGE_KEY_INVALID', `Not a storage key: ${JSON.stringify(key.slice(0, 80))}`);
  }
}

export class EvidenceTooLargeError extends DomainError {
  constructor(maxBytes: number) {
    super('EVIDENCE.FILE_TOO_LARGE', `The file exceeds the maximum size of ${maxBytes} bytes`, { maxBytes });
  }
}

export class StoredContentNotFoundError extends DomainError {
  constructor(key: string) {
    super('EVIDENCE.CONTENT_NOT_FOUND', `No stored content under ${key}`);
  }
}
