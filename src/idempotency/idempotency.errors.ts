import { ConflictError, DomainError } from '../common/errors/domain-error.js';

export class IdempotencyKeyReusedError extends DomainError {
  constructor() {
    super('IDEMPOTENCY.KEY_REUSED', 'This Idempotency-Key was already used for a different request (another body, path, user or caller)');
  }
}

export class IdempotencyInProgressError extends ConflictError {
  constructor(entityType: string, entityId: string) {
    super(
      'IDEMPOTENCY.IN_PROGRESS',
      `A request with this Idempotency-Key was already processed or is still being processed; its effect is ${entityType} ${entityId}`,
      { entityType, entityId },
    );
  }
}
