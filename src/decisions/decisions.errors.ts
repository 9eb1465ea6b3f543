import { ConflictError, DomainError, NotFoundError } from '../common/errors/domain-error.js';
import type { DecisionRefusalCode } from './decision-impartiality.js';

export class DecisionNotFoundError extends NotFoundError {
  constructor(id?: string) {
    super('Decision', id);
  }
}

export class DecisionMakerNotImpartialError extends ConflictError {
  constructor(reasons: DecisionRefusalCode[]) {
    super('DECISION.DECIDER_NOT_IMPARTIAL', 'You may not decide on this assessment', { reasons });
  }
}

export class AssessmentNotRecommendedError extends ConflictError {
  constructor(status: string) {
    super('DECISION.NOT_RECOMMENDED', `Only a recommended assessment can be decided; this one is ${status}`, { currentStatus: status });
  }
}

export class DecisionUnitsInvalidError extends DomainError {
  constructor(detail: string) {
    super('DECISION.UNITS_INVALID', detail);
  }
}

export class ReassessmentNotAllowedError extends ConflictError {
  constructor() {
    super('DECISION.REASSESSMENT_NOT_ALLOWED', 'A reassessment follows a BK decision or an appeal that granted one');
  }
}
