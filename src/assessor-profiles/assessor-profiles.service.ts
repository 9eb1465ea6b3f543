import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { ConflictError, DomainError, NotFoundError } from '../common/errors/domain-error.js';
import { MembersService, requireBody } from '../memberships/members.service.js';
import { AssessorProfile } from './assessor-profile.entity.js';
import type { CreateAssessorProfileDto, UpdateAssessorProfileDto } from './dto/assessor-profile.dto.js';

export class CertificateDatesInvalidError extends DomainError {
  constructor() {
    super('ASSESSOR_PROFILE.DATES_INVALID', 'certificateValidUntil must not be before certificateValidFrom');
  }
}

export class NotAnAssessorError extends ConflictError {
  constructor() {
    super('ASSESSOR_PROFILE.NOT_AN_ASSESSOR', 'The member does not hold the assessor role in this body');
  }
}

@Injectable()
export class AssessorProfilesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly members: MembersService,
  ) {}

  create(actor: AuthUser, dto: CreateAssessorProfileDto): Promise<AssessorProfile> {
    const bodyId = requireBody(actor);
    assertDates(dto.certificateValidFrom, dto.certificateValidUntil);
    return this.db.transaction(async (em) => {
      const member = await this.members.findByUser(em, bodyId, dto.userId);
      if (!member.roles.includes('assessor')) throw new NotAnAssessorError();
      const profile = await em.save(AssessorProfile, em.create(AssessorProfile, { ...dto, certificationBodyId: bodyId }));
      await this.audit.record(em, {
        bodyId, actor, action: 'assessor_profile.created', entityType: 'assessor_profile', entityId: profile.id, payload: dto,
      });
      return profile;
    });
  }

  list(actor: AuthUser): Promise<AssessorProfile[]> {
    return this.db.getRepository(AssessorProfile).find({
      where: { certificationBodyId: requireBody(actor) },
      order: { registrationNumber: 'ASC' },
    });
  }

  async get(actor: AuthUser, id: string): Promise<AssessorProfile> {
    const p = await this.db.getRepository(AssessorProfile).findOneBy({ certificationBodyId: requireBody(actor), id });
    if (!p) throw new NotFoundError('AssessorProfile', id);
    return p;
  }

  /** The caller's own profile in the current body. */
  async getOwn(actor: AuthUser): Promise<AssessorProfile> {
    const p = await this.findForUser(requireBody(actor), actor.id);
    if (!p) throw new NotFoundError('AssessorProfile');
    return p;
  }

  /** For later workflows (assignment): the profile of a user in a body, if any. */
  findForUser(bodyId: string, userId: string): Promise<AssessorProfile | null> {
    return this.db.getRepository(AssessorProfile).findOneBy({ certificationBodyId: bodyId, userId });
  }

  update(actor: AuthUser, id: string, dto: UpdateAssessorProfileDto): Promise<AssessorProfile> {
    const bodyId = requireBody(actor);
    return this.db.transaction(async (em) => {
      const p = await em.findOne(AssessorProfile, { where: { certificationBodyId: bodyId, id }, lock: { mode: 'pessimistic_write' } });
      if (!p) throw new NotFoundError('AssessorProfile', id);
      const before = { ...p };
      em.merge(AssessorProfile, p, dto);
      assertDates(p.certificateValidFrom, p.certificateValidUntil);
      const saved = await em.save(p);
      await this.audit.record(em, {
        bodyId, actor, action: 'assessor_profile.updated', entityType: 'assessor_profile', entityId: id,
        payload: { changes: dto, before: { status: before.status, certificateValidUntil: before.certificateValidUntil, schemeCodes: before.schemeCodes } },
      });
      return saved;
    });
  }
}

function assertDates(from: string, until: string): void {
  if (until < from) throw new CertificateDatesInvalidError();
}
