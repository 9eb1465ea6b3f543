import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { decodeTimeCursor, encodeTimeCursor } from '../common/pagination/keyset-cursor.js';
import { SchemeVersionsService, type VersionOutline } from '../schemes/scheme-versions.service.js';
import { User } from '../users/user.entity.js';
import { assertCanReadApplication, bodyOf, seesAllApplications } from './application-access.js';
import { ApplicationEvent } from './application-event.entity.js';
import { ApplicationReview } from './application-review.entity.js';
import { INITIAL_APPLICATION_STATUS, isApplicationEditable, type RequirementEvidence } from './application-state.js';
import { type ApplicantSnapshot, Application } from './application.entity.js';
import {
  ApplicationNotEditableError, ApplicationNotFoundError, PurposeInvalidError, RequirementReferenceInvalidError, SchemeVersionNotOpenError,
} from './application.errors.js';
import type { CreateApplicationDto, UpdateApplicationDto } from './dto/application.dto.js';
import type { ListApplicationsQueryDto } from './dto/application-response.dto.js';
import { RequirementCheck } from './requirement-check.entity.js';

export interface ApplicationDetail {
  application: Application;
  events: ApplicationEvent[];
  reviews: Array<{ review: ApplicationReview; checks: RequirementCheck[] }>;
}

type SnapshotExtras = { [K in 'homeAddress' | 'education' | 'officeAddress']?: string | null };

/** Applications (FR.APL.01): create, edit while draft/returned, read, list. Status changes live in ApplicationWorkflowService. */
@Injectable()
export class ApplicationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly versions: SchemeVersionsService,
  ) {}

  create(actor: AuthUser, dto: CreateApplicationDto): Promise<Application> {
    const bodyId = bodyOf(actor);
    checkPurpose(dto);
    return this.db.transaction(async (em) => {
      const outline = await this.versions.outline(em, bodyId, dto.schemeVersionId);
      if (!outline || outline.status === 'draft') throw new ApplicationNotFoundError(dto.schemeVersionId);
      if (outline.status !== 'published') throw new SchemeVersionNotOpenError(dto.schemeVersionId);
      checkRequirementRefs(outline, dto.requirementEvidence ?? []);
      const application = await em.save(Application, em.create(Application, {
        certificationBodyId: bodyId, candidateUserId: actor.id, schemeId: outline.schemeId, schemeVersionId: outline.versionId,
        status: INITIAL_APPLICATION_STATUS, purpose: dto.purpose, purposeOther: dto.purposeOther ?? null,
        renewsCertificateNumber: dto.renewsCertificateNumber ?? null,
        applicant: await snapshotOf(em, actor.id, dto), requirementEvidence: normalise(dto.requirementEvidence ?? []),
      }));
      await em.insert(ApplicationEvent, {
        certificationBodyId: bodyId, applicationId: application.id, action: 'create', fromStatus: null,
        toStatus: application.status, actorUserId: actor.id, reason: '',
      });
      await this.audit.record(em, {
        bodyId, actor, action: 'application.created', entityType: 'application', entityId: application.id, payload: dto,
      });
      return application;
    });
  }

  update(actor: AuthUser, id: string, dto: UpdateApplicationDto): Promise<Application> {
    return this.db.transaction(async (em) => {
      const a = await this.findOwn(em, actor, id, true);
      if (!isApplicationEditable(a.status)) throw new ApplicationNotEditableError(a.status);
      const next = { purpose: dto.purpose ?? a.purpose, purposeOther: dto.purposeOther ?? a.purposeOther ?? undefined,
        renewsCertificateNumber: dto.renewsCertificateNumber ?? a.renewsCertificateNumber ?? undefined };
      if (next.purpose !== 'other') next.purposeOther = undefined;
      if (next.purpose !== 'recertification') next.renewsCertificateNumber = undefined;
      checkPurpose(next);
      if (dto.requirementEvidence) {
        const outline = (await this.versions.outline(em, a.certificationBodyId, a.schemeVersionId))!;
        checkRequirementRefs(outline, dto.requirementEvidence);
        a.requirementEvidence = normalise(dto.requirementEvidence);
      }
      Object.assign(a, {
        purpose: next.purpose, purposeOther: next.purposeOther ?? null, renewsCertificateNumber: next.renewsCertificateNumber ?? null,
        applicant: await snapshotOf(em, a.candidateUserId, { ...a.applicant, ...dto }),
      });
      const saved = await em.save(a);
      await this.audit.record(em, {
        bodyId: a.certificationBodyId, actor, action: 'application.updated', entityType: 'application', entityId: id, payload: dto,
      });
      return saved;
    });
  }

  async get(actor: AuthUser, id: string): Promise<ApplicationDetail> {
    const em = this.db.manager;
    const application = assertCanReadApplication(actor, await em.findOneBy(Application, { certificationBodyId: bodyOf(actor), id }), id);
    const where = { certificationBodyId: application.certificationBodyId, applicationId: id };
    const [events, reviews] = await Promise.all([
      em.find(ApplicationEvent, { where, order: { createdAt: 'ASC', id: 'ASC' } }),
      em.find(ApplicationReview, { where, order: { round: 'ASC' } }),
    ]);
    const checks = reviews.length
      ? await em.find(RequirementCheck, {
        where: { certificationBodyId: application.certificationBodyId, reviewId: In(reviews.map((r) => r.id)) },
        order: { requirementIndex: 'ASC' },
      })
      : [];
    return { application, events, reviews: reviews.map((review) => ({ review, checks: checks.filter((c) => c.reviewId === review.id) })) };
  }

  /** Keyset on (createdAt, id), newest first; a candidate sees only their own. */
  async list(actor: AuthUser, q: ListApplicationsQueryDto): Promise<{ items: Application[]; nextCursor: string | null }> {
    const bodyId = bodyOf(actor);
    const limit = q.limit ?? 20;
    const qb = this.db.getRepository(Application).createQueryBuilder('a').where('a.certification_body_id = :bodyId', { bodyId });
    if (!seesAllApplications(actor)) qb.andWhere('a.candidate_user_id = :me', { me: actor.id });
    if (q.status) qb.andWhere('a.status = :status', { status: q.status });
    if (q.cursor) {
      const [at, id] = decodeTimeCursor(q.cursor);
      qb.andWhere('(a.created_at, a.id) < (:at, :id)', { at, id });
    }
    const rows = await qb.orderBy('a.created_at', 'DESC').addOrderBy('a.id', 'DESC').limit(limit + 1).getMany();
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > limit ? encodeTimeCursor(last.createdAt, last.id) : null };
  }

  /** For assessments and self-assessments: an application of the body (row-locked on request), or null. */
  findInBody(em: EntityManager, bodyId: string, id: string, lock = false): Promise<Application | null> {
    return em.findOne(Application, { where: { certificationBodyId: bodyId, id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  private async findOwn(em: EntityManager, actor: AuthUser, id: string, lock = false): Promise<Application> {
    const a = await em.findOne(Application, {
      where: { certificationBodyId: bodyOf(actor), id, candidateUserId: actor.id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!a) throw new ApplicationNotFoundError(id);
    return a;
  }
}

/** FR.APL.01 part 1 from the user's profile plus what the candidate adds on the form. */
export async function snapshotOf(em: EntityManager, userId: string, extras: SnapshotExtras): Promise<ApplicantSnapshot> {
  const u = await em.findOneByOrFail(User, { id: userId });
  return {
    fullName: u.fullName, nationalId: u.nationalId, birthPlace: u.birthPlace, birthDate: u.birthDate, phone: u.phone, email: u.email,
    employer: u.employer, position: u.position,
    homeAddress: extras.homeAddress ?? null, education: extras.education ?? null, officeAddress: extras.officeAddress ?? null,
  };
}

function checkPurpose(d: Pick<CreateApplicationDto, 'purpose' | 'purposeOther' | 'renewsCertificateNumber'>) {
  if (d.purpose === 'other' && !d.purposeOther) throw new PurposeInvalidError('Describe the purpose (purposeOther) when it is "other"');
  if (d.purpose !== 'other' && d.purposeOther) throw new PurposeInvalidError('purposeOther is only for the purpose "other"');
  if (d.purpose === 'recertification' && !d.renewsCertificateNumber) {
    throw new PurposeInvalidError('A recertification names the certificate it renews (renewsCertificateNumber)');
  }
  if (d.purpose !== 'recertification' && d.renewsCertificateNumber) {
    throw new PurposeInvalidError('renewsCertificateNumber is only for recertification');
  }
}

function checkRequirementRefs(outline: VersionOutline, evidence: readonly RequirementEvidence[]) {
  const bad = evidence.map((e) => e.requirementIndex).filter((i) => i >= outline.requirements.length);
  if (bad.length) throw new RequirementReferenceInvalidError(bad);
}

/** One entry per requirement, ids de-duplicated, in requirement order. */
function normalise(evidence: readonly RequirementEvidence[]): RequirementEvidence[] {
  const byIndex = new Map<number, Set<string>>();
  for (const e of evidence) {
    const set = byIndex.get(e.requirementIndex) ?? new Set<string>();
    e.portfolioItemIds.forEach((id) => set.add(id));
    byIndex.set(e.requirementIndex, set);
  }
  return [...byIndex.entries()].sort(([a], [b]) => a - b).map(([requirementIndex, ids]) => ({ requirementIndex, portfolioItemIds: [...ids] }));
}
