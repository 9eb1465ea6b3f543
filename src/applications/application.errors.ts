import { ConflictError, DomainError, NotFoundError } from '../common/errors/domain-error.js';
import type { ApplicationAction, ApplicationStatus } from './application-state.js';

export class ApplicationNotFoundError extends NotFoundError {
  constructor(id?: string) {
    super('Application', id);
  }
}

export class IllegalApplicationTransitionError extends ConflictError {
  constructor(action: ApplicationAction, status: ApplicationStatus) {
    super('APPLICATION.ILLEGAL_TRANSITION', `An application that is ${status} does not allow "${action}"`, { action, currentStatus: status });
  }
}

export class ApplicationNotEditableError extends ConflictError {
  constructor(status: ApplicationStatus) {
    super('APPLICATION.NOT_EDITABLE', `An application that is ${status} cannot be changed`, { currentStatus: status });
  }
}

export class SchemeVersionNotOpenError extends ConflictError {
  constructor(versionId: string) {
    super('APPLICATION.VERSION_NOT_PUBLISHED', `Scheme version ${versionId} is not published; apply to the published version`, { versionId });
  }
}

export class RequiredEvidenceMissingError extends DomainError {
  constructor(missing: Array<{ requirementIndex: number; description: string }>) {
    super('APPLICATION.EVIDENCE_INVALID', 'Every basic requirement that needs a document must name at least one portfolio item', { missing });
  }
}

export class RequirementReferenceInvalidError extends DomainError {
  constructor(requirementIndexes: number[]) {
    super('APPLICATION.REQUIREMENT_INVALID', 'These requirement indexes do not exist in the scheme version', { requirementIndexes });
  }
}

export class VerificationIncompleteError extends DomainError {
  constructor(missing: number[]) {
    super('APPLICATION.VERIFICATION_INVALID', 'Verify every basic requirement exactly once', { missing });
  }
}

export class RequirementsNotMetError extends DomainError {
  constructor(failing: number[]) {
    super('APPLICATION.REQUIREMENTS_NOT_MET_INVALID', 'An application is accepted only when every requirement is present and met', { failing });
  }
}

export class PurposeInvalidError extends DomainError {
  constructor(detail: string) {
    super('APPLICATION.PURPOSE_INVALID', detail);
  }
}
