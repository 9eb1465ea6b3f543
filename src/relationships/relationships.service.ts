import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { type AuthUser, hasRole } from '../auth/auth-user.js';
import { ConflictError, ForbiddenError, RequestValidationError } from '../common/errors/domain-error.js';
import { MembersService, requireBody } from '../memberships/members.service.js';
import { DeclaredRelationship } from './declared-relationship.entity.js';
import type { DeclareRelationshipDto } from './dto/relationship.dto.js';

/** Admins record relationships for any assessor of their body; assessors only for themselves. */
@Injectable()
export class RelationshipsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly members: MembersService,
  ) {}

  declare(actor: AuthUser, dto: DeclareRelationshipDto): Promise<DeclaredRelationship> {
    const bodyId = requireBody(actor);
    const assessorUserId = dto.assessorUserId ?? actor.id;
    if (assessorUserId !== actor.id && !hasRole(actor, 'admin')) throw new ForbiddenError('Assessors declare only their own relationships');
    if (!dto.counterpartUserId && !dto.organisationName) {
      throw new RequestValidationError([{ pointer: '/counterpartUserId', detail: 'counterpartUserId or organisationName is required' }]);
    }
    if (dto.kind === 'trained' && !dto.counterpartUserId) {
      throw new RequestValidationError([{ pointer: '/counterpartUserId', detail: 'a training relationship names the trainee' }]);
    }
    return this.db.transaction(async (em) => {
      const assessor = await this.members.findByUser(em, bodyId, assessorUserId);
      if (!assessor.roles.includes('assessor')) {
        throw new ConflictError('RELATIONSHIP.NOT_AN_ASSESSOR', 'Relationships are declared for members holding the assessor role');
      }
      if (dto.counterpartUserId) await this.members.findByUser(em, bodyId, dto.counterpartUserId);
      const r = await em.save(DeclaredRelationship, em.create(DeclaredRelationship, {
        ...dto, certificationBodyId: bodyId, assessorUserId, declaredByUserId: actor.id,
      }));
      await this.audit.record(em, {
        bodyId, actor, action: 'relationship.declared', entityType: 'declared_relationship', entityId: r.id, payload: dto,
      });
      return r;
    });
  }

  /** Relationships naming a user on either side. Assessors without staff roles see only their own. */
  listForUser(actor: AuthUser, userId: string | undefined): Promise<DeclaredRelationship[]> {
    const bodyId = requireBody(actor);
    const seesAll = hasRole(actor, 'admin') || hasRole(actor, 'auditor');
    const target = userId ?? actor.id;
    if (!seesAll && target !== actor.id) throw new ForbiddenError('Assessors see only their own relationships');
    return this.db.getRepository(DeclaredRelationship).find({
      where: [
        { certificationBodyId: bodyId, assessorUserId: target },
        { certificationBodyId: bodyId, counterpartUserId: target },
      ],
      order: { createdAt: 'ASC' },
    });
  }

  /** For later conflict-of-interest checks: everything one assessor declared in a body. */
  findByAssessor(bodyId: string, assessorUserId: string): Promise<DeclaredRelationship[]> {
    return this.db.getRepository(DeclaredRelationship).findBy({ certificationBodyId: bodyId, assessorUserId });
  }
}
