import { DomainError, NotFoundError } from '../common/errors/domain-error.js';

export class AuditAnchorNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('AuditAnchor', id);
  }
}

/** 422: a verification range that cannot be walked (mixed kinds, reversed, beyond the head). */
export class AuditRangeInvalidError extends DomainError {
  constructor(message: string) {
    super('AUDIT.RANGE_INVALID', message);
  }
}
