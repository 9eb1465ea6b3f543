import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { AuthService } from '../auth/auth.service.js';
import type { BodyRole } from '../auth/roles.js';
import { ConflictError, DomainError, NotFoundError } from '../common/errors/domain-error.js';
import type { Page, PageQueryDto } from '../common/pagination/page-query.dto.js';
import { User } from '../users/user.entity.js';
import { toMemberResponse, type MemberResponseDto } from './dto/member.dto.js';
import { Membership } from './membership.entity.js';

export class SelfElevationError extends DomainError {
  constructor() {
    super('MEMBER.SELF_ELEVATION_FORBIDDEN', 'Nobody can give themselves a role they do not hold');
  }
}

export class LastAdminError extends ConflictError {
  constructor() {
    super('MEMBER.LAST_ADMIN', 'The body must keep at least one active administrator');
  }
}

/** Body administrators manage the members of their own body (never another's: 404). */
@Injectable()
export class MembersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
  ) {}

  async list(actor: AuthUser, q: PageQueryDto): Promise<Page<MemberResponseDto>> {
    const bodyId = requireBody(actor);
    const [rows, total] = await this.db.getRepository(Membership).findAndCount({
      where: { certificationBodyId: bodyId },
      order: { createdAt: 'ASC', id: 'ASC' },
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
    });
    const users = await this.db.getRepository(User).find({ where: { id: In(rows.map((r) => r.userId)) } });
    const byId = new Map(users.map((u) => [u.id, u]));
    return { items: rows.map((m) => toMemberResponse(m, byId.get(m.userId)!)), total, page: q.page, pageSize: q.pageSize };
  }

  async get(actor: AuthUser, id: string): Promise<MemberResponseDto> {
    const m = await this.findInBody(this.db.manager, requireBody(actor), id);
    return toMemberResponse(m, await this.db.getRepository(User).findOneByOrFail({ id: m.userId }));
  }

  changeRoles(actor: AuthUser, id: string, roles: BodyRole[]): Promise<MemberResponseDto> {
    const bodyId = requireBody(actor);
    return this.db.transaction(async (em) => {
      const m = await this.findInBody(em, bodyId, id, true);
      if (m.userId === actor.id && roles.some((r) => !m.roles.includes(r))) throw new SelfElevationError();
      if (m.roles.includes('admin') && !roles.includes('admin')) await this.assertNotLastAdmin(em, bodyId, m.id);
      const before = m.roles;
      m.roles = roles;
      await em.save(m);
      await this.audit.record(em, {
        bodyId, actor, action: 'member.roles_changed', entityType: 'membership', entityId: m.id,
        payload: { userId: m.userId, before, after: roles },
      });
      return toMemberResponse(m, await em.findOneByOrFail(User, { id: m.userId }));
    });
  }

  /** Deactivation ends the member's sessions in this body at once. */
  deactivate(actor: AuthUser, id: string): Promise<MemberResponseDto> {
    const bodyId = requireBody(actor);
    return this.db.transaction(async (em) => {
      const m = await this.findInBody(em, bodyId, id, true);
      if (m.active) {
        if (m.roles.includes('admin')) await this.assertNotLastAdmin(em, bodyId, m.id);
        m.active = false;
        await em.save(m);
        await this.auth.revokeBodySessions(em, m.userId, bodyId, 'member_deactivated');
        await this.audit.record(em, {
          bodyId, actor, action: 'member.deactivated', entityType: 'membership', entityId: m.id, payload: { userId: m.userId },
        });
      }
      return toMemberResponse(m, await em.findOneByOrFail(User, { id: m.userId }));
    });
  }

  /** The membership of a user in the actor's body, or 404. */
  async findByUser(em: EntityManager, bodyId: string, userId: string): Promise<Membership> {
    const m = await em.findOneBy(Membership, { certificationBodyId: bodyId, userId });
    if (!m) throw new NotFoundError('Member', userId);
    return m;
  }

  private async findInBody(em: EntityManager, bodyId: string, id: string, lock = false): Promise<Membership> {
    const m = await em.findOne(Membership, {
      where: { certificationBodyId: bodyId, id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!m) throw new NotFoundError('Member', id);
    return m;
  }

  /** Locks the body's active admin rows so two concurrent demotions cannot both pass. */
  private async assertNotLastAdmin(em: EntityManager, bodyId: string, exceptId: string): Promise<void> {
    const admins: Array<{ id: string }> = await em.query(
      `SELECT id FROM memberships WHERE certification_body_id = $1 AND active AND 'admin' = ANY(roles) FOR UPDATE`,
      [bodyId],
    );
    if (!admins.some((a) => a.id !== exceptId)) throw new LastAdminError();
  }
}

/** Body-scoped routes need a session in a body; a platform-only session sees nothing there. */
export function requireBody(actor: AuthUser): string {
  if (!actor.bodyId) throw new NotFoundError('CertificationBody');
  return actor.bodyId;
}
