import { DomainError } from '../errors/domain-error.js';

export class KeysetCursorInvalidError extends DomainError {
  constructor() {
    super('PAGINATION.CURSOR_VALIDATION_FAILED', 'The cursor is not valid');
  }
}

/** An opaque cursor for keyset pagination on (timestamp, id). */
export function encodeTimeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString('base64url');
}

export function decodeTimeCursor(cursor: string): [Date, string] {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && /^[0-9a-f-]{36}$/.test(v[1])) {
      const at = new Date(v[0]);
      if (!Number.isNaN(at.getTime())) return [at, v[1]];
    }
  } catch { /* fall through */ }
  throw new KeysetCursorInvalidError();
}
