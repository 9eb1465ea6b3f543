import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AssessmentEvent } from '../assessments/assessment-event.entity.js';
import { Assessment } from '../assessments/assessment.entity.js';
import { AssessmentNotFoundError } from '../assessments/assessment.errors.js';
import type { AuthUser } from '../auth/auth-user.js';
import { RelationshipsService } from '../relationships/relationships.service.js';
import { CertificationDecision } from './certification-decision.entity.js';
import { type DecisionContext, loadDecisionContext } from './decision-context.js';
import { type DecisionRefusalCode, decisionRefusals } from './decision-impartiality.js';
import { seesAllDecisions } from './decisions.service.js';

export interface SelfAssessmentSummary { status: string; submittedAt: Date | null; answers: Array<{ elementId: string; claim: string; portfolioItemIds: string[] }> }

export interface DecisionReview {
  assessment: Assessment;
  context: DecisionContext;
  selfAssessment: SelfAssessmentSummary | null;
  events: AssessmentEvent[];
  decision: CertificationDecision | null;
  refusals: DecisionRefusalCode[];
}

/** The whole record a decision maker reviews, and whether the caller may decide it. Staff of the body only. */
@Injectable()
export class DecisionReviewService {
  constructor(@InjectDataSource() private readonly db: DataSource, private readonly relationships: RelationshipsService) {}

  async review(actor: AuthUser, assessmentId: string): Promise<DecisionReview> {
    const em = this.db.manager;
    const assessment = await em.findOneBy(Assessment, { certificationBodyId: actor.bodyId ?? '', id: assessmentId });
    if (!assessment || !seesAllDecisions(actor)) throw new AssessmentNotFoundError(assessmentId);
    const bodyId = assessment.certificationBodyId;
    const [context, events, decision, relationships, selfRows] = await Promise.all([
      loadDecisionContext(em, assessment),
      em.find(AssessmentEvent, { where: { certificationBodyId: bodyId, assessmentId }, order: { createdAt: 'ASC', id: 'ASC' } }),
      em.findOneBy(CertificationDecision, { certificationBodyId: bodyId, assessmentId }),
      this.relationships.findByAssessor(bodyId, actor.id),
      em.query(
        `SELECT s.status, s.submitted_at, a.element_id, a.claim, a.portfolio_item_ids FROM self_assessments s
         LEFT JOIN self_assessment_answers a ON a.certification_body_id = s.certification_body_id AND a.self_assessment_id = s.id
         WHERE s.certification_body_id = $1 AND s.application_id = $2`, [bodyId, assessment.applicationId],
      ) as Promise<Array<{ status: string; submitted_at: Date | null; element_id: string | null; claim: string; portfolio_item_ids: string[] }>>,
    ]);
    const selfAssessment = selfRows.length
      ? {
        status: selfRows[0].status, submittedAt: selfRows[0].submitted_at,
        answers: selfRows.filter((r) => r.element_id).map((r) => ({ elementId: r.element_id!, claim: r.claim, portfolioItemIds: r.portfolio_item_ids })),
      }
      : null;
    const refusals = decisionRefusals({
      deciderUserId: actor.id, candidateUserId: assessment.candidateUserId, schemeCode: assessment.schemeCode,
      assessorUserIds: context.team.map((t) => t.row.assessorUserId), relationships,
    });
    return { assessment, context, selfAssessment, events, decision, refusals };
  }
}
