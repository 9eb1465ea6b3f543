import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { plannedMethods } from '../assessment-plans/assessment-plan.js';
import { AssessmentPlansService } from '../assessment-plans/assessment-plans.service.js';
import { bodyOf, findAssessmentAsAssessor, findVisibleAssessment } from '../assessments/assessment-access.js';
import { AssessmentWorkflowService } from '../assessments/assessment-workflow.service.js';
import { Assessment } from '../assessments/assessment.entity.js';
import { AssessmentNotFoundError, IllegalAssessmentTransitionError } from '../assessments/assessment.errors.js';
import { AuditService } from '../audit/audit.service.js';
import { type AuthUser, hasRole } from '../auth/auth-user.js';
import { ConflictError } from '../common/errors/domain-error.js';
import { EthicsGateError } from '../ethics/ethics.errors.js';
import { EthicsService } from '../ethics/ethics.service.js';
import { ConsentConfirmation } from './consent-confirmation.entity.js';
import { CONSENT_STATEMENTS, type ConsentParty, type ConsentTerms } from './consent-terms.js';

export interface ConsentView { status: string; terms: ConsentTerms | null; confirmations: ConsentConfirmation[] }

class AlreadyConfirmedError extends ConflictError {
  constructor(party: ConsentParty) {
    super('CONSENT.ALREADY_CONFIRMED', `The ${party} has already confirmed the consent`, { party });
  }
}

/** FR.AK.01: candidate and lead assessor each confirm; both → the assessment starts. */
@Injectable()
export class ConsentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly workflow: AssessmentWorkflowService,
    private readonly ethics: EthicsService,
    private readonly plans: AssessmentPlansService,
  ) {}

  confirm(actor: AuthUser, assessmentId: string): Promise<{ assessment: Assessment; confirmation: ConsentConfirmation }> {
    return this.db.transaction(async (em) => {
      const { assessment, party } = await this.asParty(em, actor, assessmentId);
      const bodyId = assessment.certificationBodyId;
      if (assessment.status === 'scheduled') throw new EthicsGateError(await this.ethics.gate(em, bodyId, assessmentId));
      if (assessment.status !== 'ready') throw new IllegalAssessmentTransitionError('start', assessment.status);
      const plan = await this.plans.assertCovers(em, assessment);
      if (await em.existsBy(ConsentConfirmation, { certificationBodyId: bodyId, assessmentId, party })) throw new AlreadyConfirmedError(party);
      const terms: ConsentTerms = {
        planId: plan.id, planVersion: plan.version, methods: plannedMethods(plan.criteria), scheduledAt: assessment.scheduledAt.toISOString(),
        tukName: assessment.tukName, tukType: assessment.tukType, statements: CONSENT_STATEMENTS,
      };
      const confirmation = await em.save(em.create(ConsentConfirmation, { certificationBodyId: bodyId, assessmentId, party, userId: actor.id, terms }));
      await this.audit.record(em, {
        bodyId, actor, action: 'assessment.consent_confirmed', entityType: 'assessment', entityId: assessmentId,
        payload: { party, planVersion: plan.version, methods: terms.methods },
      });
      const both = await em.countBy(ConsentConfirmation, { certificationBodyId: bodyId, assessmentId });
      const after = both === 2 ? await this.workflow.transitionIn(em, actor, assessment, 'start', 'FR.AK.01 confirmed by candidate and assessor') : assessment;
      return { assessment: after, confirmation };
    });
  }

  async view(actor: AuthUser, assessmentId: string): Promise<ConsentView> {
    const em = this.db.manager;
    const a = await findVisibleAssessment(em, actor, assessmentId);
    const confirmations = await em.find(ConsentConfirmation, { where: { certificationBodyId: a.certificationBodyId, assessmentId }, order: { createdAt: 'ASC' } });
    const plan = await this.plans.latest(em, a.certificationBodyId, assessmentId);
    const terms = plan ? {
      planId: plan.id, planVersion: plan.version, methods: plannedMethods(plan.criteria), scheduledAt: a.scheduledAt.toISOString(),
      tukName: a.tukName, tukType: a.tukType, statements: CONSENT_STATEMENTS,
    } : null;
    return { status: a.status, terms, confirmations };
  }

  /** The candidate of the assessment, or its lead assessor (a member assessor 403); anyone else 404. */
  private async asParty(em: EntityManager, actor: AuthUser, id: string): Promise<{ assessment: Assessment; party: ConsentParty }> {
    if (hasRole(actor, 'candidate')) {
      const a = await em.findOne(Assessment, { where: { certificationBodyId: bodyOf(actor), id }, lock: { mode: 'pessimistic_write' } });
      if (a && a.candidateUserId === actor.id) return { assessment: a, party: 'candidate' };
      if (!hasRole(actor, 'assessor')) throw new AssessmentNotFoundError(id);
    }
    const { assessment } = await findAssessmentAsAssessor(em, actor, id, { leadOnly: true });
    return { assessment, party: 'assessor' };
  }
}
