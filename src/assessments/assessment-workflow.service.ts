import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, Not } from 'typeorm';
import { ApplicationsService } from '../applications/applications.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { SchemeVersionsService } from '../schemes/scheme-versions.service.js';
import { bodyOf } from './assessment-access.js';
import { AssessmentEvent } from './assessment-event.entity.js';
import { type AssessmentAction, INITIAL_ASSESSMENT_STATUS, nextAssessmentStatus } from './assessment-state.js';
import { Assessment } from './assessment.entity.js';
import {
  ApplicationNotAcceptedError, AssessmentAlreadyScheduledError, AssignmentRefusedError, AssessmentNotFoundError, IllegalAssessmentTransitionError,
} from './assessment.errors.js';
import { AssessorAssignmentService } from './assessor-assignment.service.js';
import type { CreateAssessmentDto, ReassessmentInput } from './dto/assessment.dto.js';
import { ApplicationNotFoundError } from '../applications/application.errors.js';

/** The only writer of Assessment.status; gates of other modules call transitionIn inside their transaction. */
@Injectable()
export class AssessmentWorkflowService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly applications: ApplicationsService,
    private readonly versions: SchemeVersionsService,
    private readonly assignment: AssessorAssignmentService,
  ) {}

  /** Schedules the assessment of an accepted application and assigns an impartial team. */
  create(actor: AuthUser, dto: CreateAssessmentDto): Promise<Assessment> {
    const bodyId = bodyOf(actor);
    return this.db.transaction(async (em) => {
      const application = await this.applications.findInBody(em, bodyId, dto.applicationId, true);
      if (!application) throw new ApplicationNotFoundError(dto.applicationId);
      if (application.status !== 'accepted') throw new ApplicationNotAcceptedError(application.status);
      const live = await em.findOneBy(Assessment, {
        certificationBodyId: bodyId, applicationId: application.id, attempt: 1, status: Not('cancelled'),
      });
      if (live) throw new AssessmentAlreadyScheduledError(live.id);
      const outline = (await this.versions.outline(em, bodyId, application.schemeVersionId))!;
      const draft = em.create(Assessment, {
        certificationBodyId: bodyId, applicationId: application.id, schemeId: application.schemeId,
        schemeVersionId: application.schemeVersionId, schemeCode: outline.schemeCode, candidateUserId: application.candidateUserId,
        attempt: 1, tukName: dto.tuk.name, tukType: dto.tuk.type, tukAddress: dto.tuk.address ?? '',
        scheduledAt: new Date(dto.scheduledAt), status: INITIAL_ASSESSMENT_STATUS,
      });
      await this.assignment.assertImpartial(em, draft, dto, application.applicant.employer);
      const assessment = await em.save(draft);
      const team = await this.assignment.replaceTeam(em, actor, assessment, dto);
      await em.insert(AssessmentEvent, {
        certificationBodyId: bodyId, assessmentId: assessment.id, action: 'create', fromStatus: null, toStatus: assessment.status,
        actorUserId: actor.id, reason: '',
      });
      await this.audit.record(em, {
        bodyId, actor, action: 'assessment.scheduled', entityType: 'assessment', entityId: assessment.id,
        payload: { ...dto, assessors: team.map((t) => ({ userId: t.assessorUserId, role: t.role })) },
      });
      return assessment;
    });
  }

  cancel(actor: AuthUser, id: string, reason: string): Promise<Assessment> {
    return this.transition(actor, id, 'cancel', reason);
  }

  /** Locks the assessment for the caller's transaction (the decision locks it before checking anything). */
  async lockForUpdate(em: EntityManager, bodyId: string, id: string): Promise<Assessment> {
    const a = await em.findOne(Assessment, { where: { certificationBodyId: bodyId, id }, lock: { mode: 'pessimistic_write' } });
    if (!a) throw new AssessmentNotFoundError(id);
    return a;
  }

  /** `decide`, inside the decision's transaction: the certification decision record is written by the caller. */
  async decideIn(em: EntityManager, actor: AuthUser, id: string, reason: string): Promise<Assessment> {
    return this.transitionIn(em, actor, await this.lockForUpdate(em, bodyOf(actor), id), 'decide', reason);
  }

  /**
   * Schedules attempt `previous.attempt + 1` of the same application after a BK
   * decision (or an appeal that granted reassessment), for the given units. The
   * caller (DecisionsService) checks the decision; `excludedAssessorUserIds` are
   * refused as PREVIOUS_ASSESSOR.
   */
  createReassessment(
    actor: AuthUser, previousId: string, dto: ReassessmentInput, excludedAssessorUserIds: readonly string[], check: (em: EntityManager) => Promise<void>,
  ): Promise<Assessment> {
    const bodyId = bodyOf(actor);
    return this.db.transaction(async (em) => {
      const previous = await this.lockForUpdate(em, bodyId, previousId);
      await check(em);
      if (previous.status !== 'decided') throw new IllegalAssessmentTransitionError('decide', previous.status);
      const attempt = previous.attempt + 1;
      const live = await em.findOneBy(Assessment, { certificationBodyId: bodyId, applicationId: previous.applicationId, attempt, status: Not('cancelled') });
      if (live) throw new AssessmentAlreadyScheduledError(live.id);
      const team = [dto.leadAssessorUserId, ...(dto.memberAssessorUserIds ?? [])];
      const reused = team.filter((id) => excludedAssessorUserIds.includes(id));
      if (reused.length) throw new AssignmentRefusedError(reused.map((assessorUserId) => ({ assessorUserId, code: 'PREVIOUS_ASSESSOR' })));
      const application = (await this.applications.findInBody(em, bodyId, previous.applicationId))!;
      const draft = em.create(Assessment, {
        certificationBodyId: bodyId, applicationId: previous.applicationId, schemeId: previous.schemeId, schemeVersionId: previous.schemeVersionId,
        schemeCode: previous.schemeCode, candidateUserId: previous.candidateUserId, attempt, previousAssessmentId: previous.id,
        reassessedUnitIds: dto.unitIds ?? null, tukName: dto.tuk.name, tukType: dto.tuk.type, tukAddress: dto.tuk.address ?? '',
        scheduledAt: new Date(dto.scheduledAt), status: INITIAL_ASSESSMENT_STATUS,
      });
      await this.assignment.assertImpartial(em, draft, dto, application.applicant.employer);
      const assessment = await em.save(draft);
      const assigned = await this.assignment.replaceTeam(em, actor, assessment, dto);
      await em.insert(AssessmentEvent, {
        certificationBodyId: bodyId, assessmentId: assessment.id, action: 'create', fromStatus: null, toStatus: assessment.status,
        actorUserId: actor.id, reason: `Reassessment (attempt ${attempt}) after assessment ${previous.id}`,
      });
      await this.audit.record(em, {
        bodyId, actor, action: 'assessment.reassessment_scheduled', entityType: 'assessment', entityId: assessment.id,
        payload: { ...dto, previousAssessmentId: previous.id, attempt, assessors: assigned.map((t) => ({ userId: t.assessorUserId, role: t.role })) },
      });
      return assessment;
    });
  }

  private transition(actor: AuthUser, id: string, action: AssessmentAction, reason: string): Promise<Assessment> {
    return this.db.transaction(async (em) => this.transitionIn(em, actor, await this.lockForUpdate(em, bodyOf(actor), id), action, reason));
  }

  /**
   * The transition inside the caller's transaction, for gates kept by other
   * modules (ethics, consent, recommendation, decision). The caller has locked the
   * row (lockForUpdate) and checked its own gate first.
   */
  async transitionIn(em: EntityManager, actor: AuthUser, a: Assessment, action: AssessmentAction, reason = ''): Promise<Assessment> {
    const from = a.status;
    const to = nextAssessmentStatus(action, from);
    if (!to) throw new IllegalAssessmentTransitionError(action, from);
    a.status = to;
    const saved = await em.save(a);
    await em.insert(AssessmentEvent, {
      certificationBodyId: a.certificationBodyId, assessmentId: a.id, action, fromStatus: from, toStatus: to, actorUserId: actor.id, reason,
    });
    await this.audit.record(em, {
      bodyId: a.certificationBodyId, actor, action: `assessment.${to}`, entityType: 'assessment', entityId: a.id, payload: { from, to, reason },
    });
    return saved;
  }
}
