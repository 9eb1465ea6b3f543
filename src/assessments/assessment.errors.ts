import { ConflictError, DomainError, NotFoundError } from '../common/errors/domain-error.js';
import type { AssessmentAction, AssessmentStatus } from './assessment-state.js';
import type { AssignmentRefusal } from './assignment-rules.js';

export class AssessmentNotFoundError extends NotFoundError {
  constructor(id?: string) {
    super('Assessment', id);
  }
}

export class IllegalAssessmentTransitionError extends ConflictError {
  constructor(action: AssessmentAction, status: AssessmentStatus) {
    super('ASSESSMENT.ILLEGAL_TRANSITION', `An assessment that is ${status} does not allow "${action}"`, { action, currentStatus: status });
  }
}

export class AssignmentRefusedError extends ConflictError {
  constructor(reasons: AssignmentRefusal[]) {
    super('ASSESSMENT.ASSIGNMENT_REFUSED', 'The proposed assessors may not assess this candidate', { reasons });
  }
}

export class ApplicationNotAcceptedError extends ConflictError {
  constructor(status: string) {
    super('ASSESSMENT.APPLICATION_NOT_ACCEPTED', `Only an accepted application can be assessed; this one is ${status}`, { currentStatus: status });
  }
}

export class AssessmentAlreadyScheduledError extends ConflictError {
  constructor(assessmentId: string) {
    super('ASSESSMENT.ALREADY_SCHEDULED', 'This application already has a live assessment; cancel it first', { assessmentId });
  }
}

export class TeamLockedError extends ConflictError {
  constructor(status: AssessmentStatus) {
    super('ASSESSMENT.TEAM_LOCKED', `The assessors of an assessment that is ${status} can no longer change`, { currentStatus: status });
  }
}

export class TeamInvalidError extends DomainError {
  constructor(detail: string) {
    super('ASSESSMENT.TEAM_INVALID', detail);
  }
}

export class LeadAssessorOnlyError extends DomainError {
  constructor() {
    super('ASSESSMENT.LEAD_ASSESSOR_FORBIDDEN', 'Only the lead assessor may do this');
  }
}

/** Evidence is gathered only while in_progress; after signing (recommended) it is locked. */
export class EvidenceLockedError extends ConflictError {
  constructor(status: AssessmentStatus) {
    super(
      status === 'scheduled' || status === 'ready' ? 'ASSESSMENT.NOT_IN_PROGRESS' : 'ASSESSMENT.EVIDENCE_LOCKED',
      `Evidence cannot be recorded for an assessment that is ${status}`, { currentStatus: status },
    );
  }
}

export function assertGathering(a: { status: AssessmentStatus }): void {
  if (a.status !== 'in_progress') throw new EvidenceLockedError(a.status);
}
