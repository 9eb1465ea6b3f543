import { ConflictError, DomainError, NotFoundError } from '../common/errors/domain-error.js';

export class SelfAssessmentNotFoundError extends NotFoundError {
  constructor(applicationId?: string) {
    super('Self_Assessment', applicationId);
  }
}

export class SelfAssessmentNotOpenError extends ConflictError {
  constructor(status: string) {
    super('SELF_ASSESSMENT.APPLICATION_NOT_ACCEPTED', `Self-assessment starts after the application is accepted; it is ${status}`, { currentStatus: status });
  }
}

export class SelfAssessmentSubmittedError extends ConflictError {
  constructor() {
    super('SELF_ASSESSMENT.SUBMITTED', 'The self-assessment was submitted and can no longer change');
  }
}

export class SelfAssessmentNotSubmittedError extends ConflictError {
  constructor() {
    super('SELF_ASSESSMENT.NOT_SUBMITTED', 'The self-assessment has not been submitted yet');
  }
}

export class SelfAssessmentAnswersInvalidError extends DomainError {
  constructor(missing: Array<{ elementId: string; unitCode: string; elementNumber: number }>) {
    super('SELF_ASSESSMENT.ANSWERS_INVALID', 'Answer every element of every unit before submitting', { missing });
  }
}

export class ElementReferenceInvalidError extends DomainError {
  constructor(elementIds: string[]) {
    super('SELF_ASSESSMENT.ELEMENT_INVALID', 'These elements are not part of the scheme version applied for', { elementIds });
  }
}
