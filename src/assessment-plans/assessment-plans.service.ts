import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { findAssessmentAsAssessor, findVisibleAssessment } from '../assessments/assessment-access.js';
import type { Assessment } from '../assessments/assessment.entity.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { criteriaOfVersion } from '../schemes/version-criteria.query.js';
import { foreignCriteria, standardChanges, uncoveredCriteria } from './assessment-plan.js';
import { AssessmentPlan } from './assessment-plan.entity.js';
import { PlanClosedError, PlanCriteriaInvalidError, PlanIncompleteError, StandardChangedError } from './assessment-plan.errors.js';
import type { CreatePlanDto } from './dto/assessment-plan.dto.js';

const OPEN = ['scheduled', 'ready', 'in_progress'];

/** FR.MAPA.01 / FR.AK.07 plan versions and the coverage gate to start. */
@Injectable()
export class AssessmentPlansService {
  constructor(@InjectDataSource() private readonly db: DataSource, private readonly audit: AuditService) {}

  latest(em: EntityManager, bodyId: string, assessmentId: string): Promise<AssessmentPlan | null> {
    return em.findOne(AssessmentPlan, { where: { certificationBodyId: bodyId, assessmentId }, order: { version: 'DESC' } });
  }

  async list(actor: AuthUser, assessmentId: string): Promise<AssessmentPlan[]> {
    const a = await findVisibleAssessment(this.db.manager, actor, assessmentId);
    return this.db.manager.find(AssessmentPlan, { where: { certificationBodyId: a.certificationBodyId, assessmentId }, order: { version: 'DESC' } });
  }

  create(actor: AuthUser, assessmentId: string, dto: CreatePlanDto): Promise<AssessmentPlan> {
    return this.db.transaction(async (em) => {
      const { assessment } = await findAssessmentAsAssessor(em, actor, assessmentId);
      const bodyId = assessment.certificationBodyId;
      if (!OPEN.includes(assessment.status)) throw new PlanClosedError(assessment.status);
      const versionIds = new Set((await criteriaOfVersion(em, bodyId, assessment.schemeVersionId)).map((k) => k.id));
      const ids = dto.criteria.map((c) => c.criterionId);
      const invalid = [...foreignCriteria(versionIds, dto.criteria), ...ids.filter((id, i) => ids.indexOf(id) !== i)];
      if (invalid.length) throw new PlanCriteriaInvalidError(invalid);
      const previous = await this.latest(em, bodyId, assessmentId);
      if (previous && dto.reasonableAdjustment) {
        const changes = standardChanges(previous.criteria, dto.criteria);
        if (changes.added.length || changes.removed.length) throw new StandardChangedError(changes);
      }
      const plan = await em.save(em.create(AssessmentPlan, {
        certificationBodyId: bodyId, assessmentId, version: (previous?.version ?? 0) + 1,
        candidatePotential: dto.candidatePotential, purpose: dto.purpose,
        context: { ...dto.context, notes: dto.context.notes ?? '' },
        criteria: dto.criteria.map((c) => ({ criterionId: c.criterionId, evidenceTypes: c.evidenceTypes, methods: c.methods })),
        reasonableAdjustment: dto.reasonableAdjustment
          ? { characteristics: dto.reasonableAdjustment.characteristics, adjustments: dto.reasonableAdjustment.adjustments } : null,
        createdByUserId: actor.id,
      }));
      await this.audit.record(em, {
        bodyId, actor, action: 'assessment.plan_recorded', entityType: 'assessment', entityId: assessmentId,
        payload: { planId: plan.id, version: plan.version, adjusted: !!plan.reasonableAdjustment, criteria: plan.criteria.length },
      });
      return plan;
    });
  }

  /** Throws ASSESSMENT.PLAN_INCOMPLETE listing every KUK without a planned method; returns the current plan. */
  async assertCovers(em: EntityManager, a: Assessment): Promise<AssessmentPlan> {
    const plan = await this.latest(em, a.certificationBodyId, a.id);
    const gaps = uncoveredCriteria(await criteriaOfVersion(em, a.certificationBodyId, a.schemeVersionId), plan?.criteria);
    if (!plan || gaps.length) throw new PlanIncompleteError(gaps.map((k) => ({ criterionId: k.id, number: k.number, unitCode: k.unitCode })));
    return plan;
  }
}
