import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { findAssessmentAsAssessor, findVisibleAssessment } from '../assessments/assessment-access.js';
import { AssessmentWorkflowService } from '../assessments/assessment-workflow.service.js';
import { IllegalAssessmentTransitionError } from '../assessments/assessment.errors.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CoverageService } from '../coverage/coverage.service.js';
import { AssessmentRecommendation } from './assessment-recommendation.entity.js';
import type { SignRecommendationDto } from './dto/recommendation.dto.js';
import { overallContradicts, recommendationGaps, unitMismatch } from './recommendation-gate.js';
import { RecommendationGapsError, RecommendationInvalidError, RecommendationNotFoundError } from './recommendation.errors.js';
import { UnitRecommendation } from './unit-recommendation.entity.js';

export interface SignedRecommendation { recommendation: AssessmentRecommendation; units: UnitRecommendation[] }

/** FR.AK.02: the lead assessor records and signs; signing moves the assessment to `recommended` and locks its evidence. */
@Injectable()
export class RecommendationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly workflow: AssessmentWorkflowService,
    private readonly coverage: CoverageService,
  ) {}

  sign(actor: AuthUser, assessmentId: string, dto: SignRecommendationDto): Promise<SignedRecommendation> {
    return this.db.transaction(async (em) => {
      const { assessment: a } = await findAssessmentAsAssessor(em, actor, assessmentId, { leadOnly: true });
      if (a.status !== 'in_progress') throw new IllegalAssessmentTransitionError('recommend', a.status);
      const coverage = await this.coverage.evaluate(em, a);
      const mismatch = unitMismatch(coverage, dto.units);
      if (mismatch.missing.length || mismatch.unknown.length || mismatch.duplicated.length) {
        throw new RecommendationInvalidError('Name every unit of the scheme version exactly once', mismatch);
      }
      if (overallContradicts(dto.units, dto.overall)) throw new RecommendationInvalidError('Every unit is K: the overall recommendation is K', {});
      const gaps = recommendationGaps(coverage, dto.units, dto.overall);
      if (gaps.length) throw new RecommendationGapsError(gaps);
      const recommendation = await em.save(em.create(AssessmentRecommendation, {
        certificationBodyId: a.certificationBodyId, assessmentId, overall: dto.overall, followUp: dto.followUp ?? '',
        comments: dto.comments ?? '', signedByUserId: actor.id, signedAt: new Date(),
      }));
      const units = await em.save(dto.units.map((u) => em.create(UnitRecommendation, {
        certificationBodyId: a.certificationBodyId, recommendationId: recommendation.id, assessmentId, unitId: u.unitId,
        outcome: u.outcome, evidenceMethods: [...new Set(u.evidenceMethods)], followUp: u.followUp ?? '',
      })));
      await this.audit.record(em, {
        bodyId: a.certificationBodyId, actor, action: 'assessment.recommendation_signed', entityType: 'assessment', entityId: assessmentId,
        payload: { recommendationId: recommendation.id, overall: dto.overall, units: dto.units.map((u) => ({ unitId: u.unitId, outcome: u.outcome })) },
      });
      await this.workflow.transitionIn(em, actor, a, 'recommend', `FR.AK.02 signed: ${dto.overall}`);
      return { recommendation, units };
    });
  }

  async read(actor: AuthUser, assessmentId: string): Promise<SignedRecommendation> {
    const em = this.db.manager;
    const a = await findVisibleAssessment(em, actor, assessmentId);
    const recommendation = await em.findOneBy(AssessmentRecommendation, { certificationBodyId: a.certificationBodyId, assessmentId });
    if (!recommendation) throw new RecommendationNotFoundError();
    const units = await em.find(UnitRecommendation, { where: { certificationBodyId: a.certificationBodyId, recommendationId: recommendation.id } });
    return { recommendation, units };
  }
}
