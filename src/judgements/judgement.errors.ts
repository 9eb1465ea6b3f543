import { ConflictError, DomainError } from '../common/errors/domain-error.js';

export class RecordsInvalidError extends DomainError {
  constructor(detail: string, details: Record<string, unknown>) {
    super('EVIDENCE_RECORD.INVALID', detail, details);
  }
}

export class AlreadySupersededError extends ConflictError {
  constructor(recordIds: string[]) {
    super('EVIDENCE_RECORD.ALREADY_SUPERSEDED', 'A record was already corrected; correct the current one', { recordIds });
  }
}

export class AlreadyRecordedError extends ConflictError {
  constructor(targets: string[]) {
    super('EVIDENCE_RECORD.ALREADY_RECORDED', 'A current record exists; a correction must name it in "supersedes"', { targets });
  }
}
