import { ConflictError, DomainError, NotFoundError } from '../common/errors/domain-error.js';
import type { RecommendationGap } from './recommendation-gate.js';

export class RecommendationGapsError extends ConflictError {
  constructor(gaps: RecommendationGap[]) {
    super('RECOMMENDATION.GAPS', 'K may be recommended only for units whose KUK are all satisfied, and overall only when every unit is K', { gaps });
  }
}

export class RecommendationInvalidError extends DomainError {
  constructor(detail: string, details: Record<string, unknown>) {
    super('RECOMMENDATION.INVALID', detail, details);
  }
}

export class RecommendationNotFoundError extends NotFoundError {
  constructor() {
    super('Recommendation');
  }
}
