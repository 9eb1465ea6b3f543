import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { ApplicationsService } from '../applications/applications.service.js';
import { AuditService } from '../audit/audit.service.js';
import { type AuthUser, hasRole } from '../auth/auth-user.js';
import { decodeTimeCursor, encodeTimeCursor } from '../common/pagination/keyset-cursor.js';
import { bodyOf, findVisibleAssessment, isAssignedToCandidate, seesAllAssessments } from './assessment-access.js';
import { AssessmentAssessor } from './assessment-assessor.entity.js';
import { AssessmentEvent } from './assessment-event.entity.js';
import { canReassign } from './assessment-state.js';
import { Assessment } from './assessment.entity.js';
import { AssessmentNotFoundError, TeamLockedError } from './assessment.errors.js';
import { AssessorAssignmentService } from './assessor-assignment.service.js';
import { AssessmentWorkflowService } from './assessment-workflow.service.js';
import type { AssignAssessorsDto, ListAssessmentsQueryDto } from './dto/assessment.dto.js';

export interface AssessmentDetail { assessment: Assessment; assessors: AssessmentAssessor[]; events: AssessmentEvent[] }
export interface AssessmentPage { items: Array<{ assessment: Assessment; assessors: AssessmentAssessor[] }>; nextCursor: string | null }

/** Reads, lists and the assessor team of assessments; status changes are in AssessmentWorkflowService. */
@Injectable()
export class AssessmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly applications: ApplicationsService,
    private readonly assignment: AssessorAssignmentService,
    private readonly workflow: AssessmentWorkflowService,
  ) {}

  async get(actor: AuthUser, id: string): Promise<AssessmentDetail> {
    const em = this.db.manager;
    const assessment = await findVisibleAssessment(em, actor, id);
    const where = { certificationBodyId: assessment.certificationBodyId, assessmentId: id };
    const [assessors, events] = await Promise.all([
      em.find(AssessmentAssessor, { where, order: { assignedAt: 'ASC', id: 'ASC' } }),
      em.find(AssessmentEvent, { where, order: { createdAt: 'ASC', id: 'ASC' } }),
    ]);
    return { assessment, assessors, events };
  }

  /**
   * Keyset on (scheduledAt, id), soonest first. Admins and auditors see the
   * body's assessments; assessors those they are assigned to; candidates their own.
   */
  async list(actor: AuthUser, q: ListAssessmentsQueryDto): Promise<AssessmentPage> {
    const bodyId = bodyOf(actor);
    const limit = q.limit ?? 20;
    const qb = this.db.getRepository(Assessment).createQueryBuilder('a').where('a.certification_body_id = :bodyId', { bodyId });
    const assigned = (param: string) => `EXISTS (SELECT 1 FROM assessment_assessors aa WHERE aa.certification_body_id = a.certification_body_id
      AND aa.assessor_user_id = :${param} AND aa.active AND aa.assessment_id = a.id)`;
    if (!seesAllAssessments(actor)) {
      if (hasRole(actor, 'assessor')) qb.andWhere(`(${assigned('me')} OR a.candidate_user_id = :me)`, { me: actor.id });
      else qb.andWhere('a.candidate_user_id = :me', { me: actor.id });
    }
    if (q.status) qb.andWhere('a.status = :status', { status: q.status });
    if (q.schemeId) qb.andWhere('a.scheme_id = :schemeId', { schemeId: q.schemeId });
    if (q.assessorUserId) qb.andWhere(assigned('assessorUserId'), { assessorUserId: q.assessorUserId });
    if (q.from) qb.andWhere('a.scheduled_at >= :from', { from: new Date(q.from) });
    if (q.to) qb.andWhere('a.scheduled_at < :to', { to: new Date(q.to) });
    if (q.cursor) {
      const [at, id] = decodeTimeCursor(q.cursor);
      qb.andWhere('(a.scheduled_at, a.id) > (:at, :id)', { at, id });
    }
    const rows = await qb.orderBy('a.scheduled_at', 'ASC').addOrderBy('a.id', 'ASC').limit(limit + 1).getMany();
    const page = rows.slice(0, limit);
    const assessors = page.length
      ? await this.db.getRepository(AssessmentAssessor).find({
        where: { certificationBodyId: bodyId, assessmentId: In(page.map((a) => a.id)), active: true },
        order: { role: 'ASC', assignedAt: 'ASC' },
      })
      : [];
    const last = page[page.length - 1];
    return {
      items: page.map((assessment) => ({ assessment, assessors: assessors.filter((r) => r.assessmentId === assessment.id) })),
      nextCursor: rows.length > limit ? encodeTimeCursor(last.scheduledAt, last.id) : null,
    };
  }

  /** For other modules: is the assessor actively assigned to a live assessment of this candidate (and application)? */
  isAssigned(em: EntityManager, bodyId: string, assessorUserId: string, candidateUserId: string, applicationId?: string): Promise<boolean> {
    return isAssignedToCandidate(em, bodyId, assessorUserId, candidateUserId, applicationId);
  }

  /** A new team, checked like a first assignment; assessors leaving keep their (deactivated) rows. */
  reassign(actor: AuthUser, id: string, dto: AssignAssessorsDto): Promise<AssessmentDetail> {
    const bodyId = bodyOf(actor);
    return this.db.transaction(async (em) => {
      const assessment = await em.findOne(Assessment, { where: { certificationBodyId: bodyId, id }, lock: { mode: 'pessimistic_write' } });
      if (!assessment) throw new AssessmentNotFoundError(id);
      if (!canReassign(assessment.status)) throw new TeamLockedError(assessment.status);
      const application = (await this.applications.findInBody(em, bodyId, assessment.applicationId))!;
      await this.assignment.assertImpartial(em, assessment, dto, application.applicant.employer);
      const before = await em.find(AssessmentAssessor, { where: { certificationBodyId: bodyId, assessmentId: id, active: true } });
      const team = await this.assignment.replaceTeam(em, actor, assessment, dto);
      // a newcomer has not affirmed the code of ethics yet: back to scheduled until the whole team has
      if (assessment.status === 'ready' && team.some((r) => !before.some((b) => b.id === r.id))) {
        await this.workflow.transitionIn(em, actor, assessment, 'unready', dto.reason ?? 'Reassigned');
      }
      await this.audit.record(em, {
        bodyId, actor, action: 'assessment.reassigned', entityType: 'assessment', entityId: id, payload: dto,
      });
      const where = { certificationBodyId: bodyId, assessmentId: id };
      const [assessors, events] = await Promise.all([
        em.find(AssessmentAssessor, { where, order: { assignedAt: 'ASC', id: 'ASC' } }),
        em.find(AssessmentEvent, { where, order: { createdAt: 'ASC', id: 'ASC' } }),
      ]);
      return { assessment, assessors, events };
    });
  }
}
