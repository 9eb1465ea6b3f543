import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ApplicationNotFoundError } from '../applications/application.errors.js';
import type { Application } from '../applications/application.entity.js';
import { ApplicationsService } from '../applications/applications.service.js';
import { AssessmentsService } from '../assessments/assessments.service.js';
import { AuditService } from '../audit/audit.service.js';
import { type AuthUser, hasRole } from '../auth/auth-user.js';
import { EvidenceService } from '../evidence/evidence.service.js';
import { SchemeVersionsService } from '../schemes/scheme-versions.service.js';
import type { ReviewSelfAssessmentDto, SaveSelfAssessmentDto, SelfAssessmentView } from './dto/self-assessment.dto.js';
import { SelfAssessmentAnswer } from './self-assessment-answer.entity.js';
import { SelfAssessmentReview } from './self-assessment-review.entity.js';
import { SelfAssessment } from './self-assessment.entity.js';
import {
  ElementReferenceInvalidError, SelfAssessmentAnswersInvalidError, SelfAssessmentNotFoundError, SelfAssessmentNotOpenError,
  SelfAssessmentNotSubmittedError, SelfAssessmentSubmittedError,
} from './self-assessment.errors.js';

const bodyOf = (actor: AuthUser) => {
  if (!actor.bodyId) throw new ApplicationNotFoundError();
  return actor.bodyId;
};

/** FR.APL.02: the candidate's draft and submission, and the assigned assessor's "can proceed" review. */
@Injectable()
export class SelfAssessmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly applications: ApplicationsService,
    private readonly assessments: AssessmentsService,
    private readonly versions: SchemeVersionsService,
    private readonly evidence: EvidenceService,
  ) {}

  async get(actor: AuthUser, applicationId: string): Promise<SelfAssessmentView> {
    const em = this.db.manager;
    const application = await this.readableApplication(em, actor, applicationId);
    const s = await em.findOneBy(SelfAssessment, { certificationBodyId: application.certificationBodyId, applicationId });
    if (!s) throw new SelfAssessmentNotFoundError(applicationId);
    return this.view(em, s);
  }

  /** Adds or replaces answers of a draft; the first call creates the self-assessment. */
  save(actor: AuthUser, applicationId: string, dto: SaveSelfAssessmentDto): Promise<SelfAssessmentView> {
    return this.db.transaction(async (em) => {
      const { application, s } = await this.ownDraft(em, actor, applicationId);
      const outline = (await this.versions.outline(em, s.certificationBodyId, s.schemeVersionId))!;
      const known = new Set(outline.elements.map((e) => e.id));
      const unknown = dto.answers.map((a) => a.elementId).filter((id) => !known.has(id));
      if (unknown.length) throw new ElementReferenceInvalidError(unknown);
      await em.upsert(SelfAssessmentAnswer, dto.answers.map((a) => ({
        certificationBodyId: s.certificationBodyId, selfAssessmentId: s.id, elementId: a.elementId, claim: a.claim,
        portfolioItemIds: [...new Set(a.portfolioItemIds)],
      })), { conflictPaths: ['certificationBodyId', 'selfAssessmentId', 'elementId'] });
      await this.audit.record(em, {
        bodyId: s.certificationBodyId, actor, action: 'self_assessment.saved', entityType: 'self_assessment', entityId: s.id,
        payload: { applicationId: application.id, answers: dto.answers.length },
      });
      return this.view(em, s);
    });
  }

  /** Every element answered; the referenced items lock with it; afterwards nothing changes. */
  submit(actor: AuthUser, applicationId: string): Promise<SelfAssessmentView> {
    return this.db.transaction(async (em) => {
      const { s } = await this.ownDraft(em, actor, applicationId, false);
      const outline = (await this.versions.outline(em, s.certificationBodyId, s.schemeVersionId))!;
      const answers = await em.findBy(SelfAssessmentAnswer, { certificationBodyId: s.certificationBodyId, selfAssessmentId: s.id });
      const answered = new Set(answers.map((a) => a.elementId));
      const missing = outline.elements.filter((e) => !answered.has(e.id));
      if (missing.length) {
        throw new SelfAssessmentAnswersInvalidError(missing.map((e) => ({ elementId: e.id, unitCode: e.unitCode, elementNumber: e.number })));
      }
      await this.evidence.lockItems(em, s.certificationBodyId, answers.flatMap((a) => a.portfolioItemIds), s.candidateUserId);
      s.status = 'submitted';
      s.submittedAt = new Date();
      await em.save(s);
      await this.audit.record(em, {
        bodyId: s.certificationBodyId, actor, action: 'self_assessment.submitted', entityType: 'self_assessment', entityId: s.id,
        payload: { applicationId },
      });
      return this.view(em, s);
    });
  }

  /** Only an assessor assigned to an assessment of this application; everyone else 404. */
  review(actor: AuthUser, applicationId: string, dto: ReviewSelfAssessmentDto): Promise<SelfAssessmentView> {
    const bodyId = bodyOf(actor);
    return this.db.transaction(async (em) => {
      const application = await this.applications.findInBody(em, bodyId, applicationId);
      if (!application || !(await this.assessments.isAssigned(em, bodyId, actor.id, application.candidateUserId, applicationId))) {
        throw new ApplicationNotFoundError(applicationId);
      }
      const s = await em.findOne(SelfAssessment, { where: { certificationBodyId: bodyId, applicationId }, lock: { mode: 'pessimistic_write' } });
      if (!s) throw new SelfAssessmentNotFoundError(applicationId);
      if (s.status !== 'submitted') throw new SelfAssessmentNotSubmittedError();
      const review = await em.save(SelfAssessmentReview, em.create(SelfAssessmentReview, {
        certificationBodyId: bodyId, selfAssessmentId: s.id, assessorUserId: actor.id, canProceed: dto.canProceed, notes: dto.notes ?? '',
      }));
      await this.audit.record(em, {
        bodyId, actor, action: 'self_assessment.reviewed', entityType: 'self_assessment_review', entityId: review.id,
        payload: { applicationId, ...dto },
      });
      return this.view(em, s);
    });
  }

  private async readableApplication(em: EntityManager, actor: AuthUser, applicationId: string): Promise<Application> {
    const bodyId = bodyOf(actor);
    const a = await this.applications.findInBody(em, bodyId, applicationId);
    if (a && (a.candidateUserId === actor.id || hasRole(actor, 'admin') || hasRole(actor, 'auditor'))) return a;
    if (a && hasRole(actor, 'assessor') && (await this.assessments.isAssigned(em, bodyId, actor.id, a.candidateUserId, applicationId))) return a;
    throw new ApplicationNotFoundError(applicationId);
  }

  /** The caller's own accepted application and its draft self-assessment (created on demand when `create`), row-locked. */
  private async ownDraft(em: EntityManager, actor: AuthUser, applicationId: string, create = true) {
    const bodyId = bodyOf(actor);
    const application = await this.applications.findInBody(em, bodyId, applicationId, true);
    if (!application || application.candidateUserId !== actor.id) throw new ApplicationNotFoundError(applicationId);
    let s = await em.findOne(SelfAssessment, { where: { certificationBodyId: bodyId, applicationId }, lock: { mode: 'pessimistic_write' } });
    if (s?.status === 'submitted') throw new SelfAssessmentSubmittedError();
    if (application.status !== 'accepted') throw new SelfAssessmentNotOpenError(application.status);
    if (!s) {
      if (!create) throw new SelfAssessmentNotFoundError(applicationId);
      s = await em.save(SelfAssessment, em.create(SelfAssessment, {
        certificationBodyId: bodyId, applicationId, candidateUserId: actor.id, schemeVersionId: application.schemeVersionId, status: 'draft',
      }));
    }
    return { application, s };
  }

  private async view(em: EntityManager, s: SelfAssessment): Promise<SelfAssessmentView> {
    const where = { certificationBodyId: s.certificationBodyId, selfAssessmentId: s.id };
    const [answers, reviews] = await Promise.all([
      em.find(SelfAssessmentAnswer, { where, order: { createdAt: 'ASC', id: 'ASC' } }),
      em.find(SelfAssessmentReview, { where, order: { createdAt: 'ASC', id: 'ASC' } }),
    ]);
    return { selfAssessment: s, answers, reviews };
  }
}
