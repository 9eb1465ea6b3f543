import { calendarDate } from '../assessments/assessor-assignment.service.js';
import type { Assessment } from '../assessments/assessment.entity.js';
import type { CertificationDecision } from '../decisions/certification-decision.entity.js';
import type { DecisionContext } from '../decisions/decision-context.js';
import type { QualityReviewModel } from '../documents/index.js';
import { bodyHeading } from '../issued-documents/document-builders.js';
import type { QualityReview } from './quality-review.entity.js';
import {
  COMPETENCY_DIMENSIONS, DIMENSION_LABELS, PRINCIPLE_LABELS, REVIEW_PRINCIPLES, REVIEW_STAGES, STAGE_LABELS,
} from './review-form.js';

export interface QualityReviewFacts {
  review: QualityReview;
  /** The review this one corrects, if any. */
  corrects: QualityReview | null;
  assessment: Assessment;
  decision: CertificationDecision;
  context: DecisionContext;
  reviewerName: string;
}

/** Pure: the stored review and the records it is about → the FR.AK.06 view model (dates in WIB). */
export function qualityReviewModel(f: QualityReviewFacts): QualityReviewModel {
  const { review: r, context: ctx } = f;
  const cell = (stage: string, principle: string) => r.principles.find((c) => c.stage === stage && c.principle === principle);
  return {
    body: bodyHeading(ctx.body),
    scheme: { code: ctx.scheme.code, titleId: ctx.scheme.titleId, titleEn: ctx.scheme.titleEn },
    candidateName: ctx.application.applicant.fullName,
    assessors: ctx.team.filter((m) => m.row.active).sort((a, b) => (a.row.role === 'lead' ? -1 : b.row.role === 'lead' ? 1 : 0))
      .map((m) => ({ name: m.name, registrationNumber: m.registrationNumber })),
    tukName: f.assessment.tukName,
    assessedOn: calendarDate(f.assessment.scheduledAt),
    decision: f.decision.outcome,
    decidedOn: calendarDate(f.decision.decidedAt),
    principles: REVIEW_PRINCIPLES.map((p) => PRINCIPLE_LABELS[p]),
    stages: REVIEW_STAGES.map((s) => ({
      label: STAGE_LABELS[s],
      cells: REVIEW_PRINCIPLES.map((p) => ({ met: cell(s, p)?.met ?? false, note: cell(s, p)?.note ?? '' })),
    })),
    improvementRecommendations: r.improvementRecommendations,
    dimensions: COMPETENCY_DIMENSIONS.map((d) => {
      const c = r.consistency.find((x) => x.dimension === d);
      return { label: DIMENSION_LABELS[d], consistent: c?.consistent ?? false, note: c?.note ?? '' };
    }),
    consistencyRecommendations: r.consistencyRecommendations,
    findings: r.findings,
    comments: r.comments,
    correction: f.corrects ? { reason: r.correctionReason, correctsReviewOn: calendarDate(f.corrects.createdAt) } : null,
    reviewer: { roleId: 'Peninjau', roleEn: 'Reviewer', name: f.reviewerName, registrationNumber: '', signedOn: calendarDate(r.createdAt) },
  };
}
