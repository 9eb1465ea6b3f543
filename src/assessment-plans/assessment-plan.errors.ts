import { ConflictError, DomainError } from '../common/errors/domain-error.js';

export class PlanIncompleteError extends ConflictError {
  constructor(uncovered: Array<{ criterionId: string; number: string; unitCode: string }>) {
    super('ASSESSMENT.PLAN_INCOMPLETE', 'Every KUK of every unit must be covered by at least one planned method', { uncovered });
  }
}

export class PlanCriteriaInvalidError extends DomainError {
  constructor(criterionIds: string[]) {
    super('PLAN.CRITERIA_INVALID', 'The plan names KUK that are not in the scheme version, or names one twice', { criterionIds });
  }
}

export class StandardChangedError extends ConflictError {
  constructor(changes: { added: string[]; removed: string[] }) {
    super('PLAN.STANDARD_CHANGED', 'A reasonable adjustment may change methods, never the standard (the KUK set)', changes);
  }
}

export class PlanClosedError extends ConflictError {
  constructor(status: string) {
    super('PLAN.CLOSED', `The plan of an assessment that is ${status} can no longer change`, { currentStatus: status });
  }
}
