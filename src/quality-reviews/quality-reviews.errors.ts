import { ConflictError, DomainError } from '../common/errors/domain-error.js';
import type { FormProblems } from './review-form.js';

export class QualitySampleNotFoundError extends DomainError {
  constructor(id: string) {
    super('QUALITY_SAMPLE.NOT_FOUND', `Quality sample ${id} was not found`);
  }
}

export class QualityReviewNotFoundError extends DomainError {
  constructor(id: string) {
    super('QUALITY_REVIEW.NOT_FOUND', `Quality review ${id} was not found`);
  }
}

export class SamplePeriodInvalidError extends DomainError {
  constructor() {
    super('QUALITY_SAMPLE.PERIOD_INVALID', '"from" must not be after "to"');
  }
}

export class PopulationTooLargeError extends DomainError {
  constructor(size: number, max: number) {
    super('QUALITY_SAMPLE.POPULATION_INVALID', `The period holds ${size} decided assessments, more than ${max}: narrow the period or choose a scheme`, { size, max });
  }
}

export class NothingToSampleError extends ConflictError {
  constructor() {
    super('QUALITY_SAMPLE.NO_DECIDED_ASSESSMENTS', 'No assessment was decided in this period (and scheme)');
  }
}

export class ReviewFormInvalidError extends DomainError {
  constructor(problems: FormProblems) {
    super('QUALITY_REVIEW.FORM_INVALID', 'Answer every stage × principle cell and every dimension of competency once', { ...problems });
  }
}

export class AssessmentNotDecidedError extends ConflictError {
  constructor(status: string) {
    super('QUALITY_REVIEW.ASSESSMENT_NOT_DECIDED', `Only a decided assessment is reviewed; this one is ${status}`, { currentStatus: status });
  }
}

export class OwnAssessmentError extends ConflictError {
  constructor() {
    super('QUALITY_REVIEW.OWN_ASSESSMENT', 'An assessment is not reviewed by someone who was assigned to assess it');
  }
}

export class NotInSampleError extends DomainError {
  constructor() {
    super('QUALITY_REVIEW.SAMPLE_INVALID', 'The assessment is not an item of this sample');
  }
}

export class AlreadyReviewedError extends ConflictError {
  constructor(reviewId: string) {
    super('QUALITY_REVIEW.ALREADY_REVIEWED', 'You have reviewed this assessment for this sample already: correct that review instead', { reviewId });
  }
}

export class ReviewSupersededError extends ConflictError {
  constructor(supersededById: string) {
    super('QUALITY_REVIEW.ALREADY_SUPERSEDED', 'This review has been corrected already: correct the newest one', { supersededById });
  }
}
