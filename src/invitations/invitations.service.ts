import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { InvalidCredentialsError } from '../auth/auth.errors.js';
import { hashPassword, verifyPassword } from '../auth/passwords.js';
import { hashToken, newOpaqueToken } from '../auth/token-hash.js';
import { ConflictError, NotFoundError } from '../common/errors/domain-error.js';
import { AppConfig } from '../config/app-config.js';
import { Membership } from '../memberships/membership.entity.js';
import { requireBody } from '../memberships/members.service.js';
import { User } from '../users/user.entity.js';
import {
  type AcceptedInvitationResponseDto, type AcceptInvitationDto, type CreatedInvitationResponseDto,
  type CreateInvitationDto, toInvitationResponse,
} from './dto/invitation.dto.js';
import { Invitation } from './invitation.entity.js';

export class InvitationExpiredError extends ConflictError {
  constructor() {
    super('INVITATION.EXPIRED', 'This invitation has expired; ask the body administrator for a new one');
  }
}

export class InvitationUsedError extends ConflictError {
  constructor() {
    super('INVITATION.ALREADY_USED', 'This invitation has already been used');
  }
}

@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  create(actor: AuthUser, dto: CreateInvitationDto): Promise<CreatedInvitationResponseDto> {
    const bodyId = requireBody(actor);
    const token = newOpaqueToken();
    return this.db.transaction(async (em) => {
      const inv = await em.save(Invitation, em.create(Invitation, {
        certificationBodyId: bodyId,
        email: dto.email.trim().toLowerCase(),
        roles: dto.roles,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + this.config.env.INVITATION_TTL_DAYS * 86_400_000),
        invitedByUserId: actor.id,
      }));
      await this.audit.record(em, {
        bodyId, actor, action: 'invitation.created', entityType: 'invitation', entityId: inv.id,
        payload: { email: inv.email, roles: inv.roles, expiresAt: inv.expiresAt },
      });
      return { ...toInvitationResponse(inv), token };
    });
  }

  async list(actor: AuthUser): Promise<Invitation[]> {
    return this.db.getRepository(Invitation).find({
      where: { certificationBodyId: requireBody(actor) },
      order: { createdAt: 'DESC' },
      take: 200,
    });
  }

  /**
   * Single use: the row is locked and stamped in one transaction. A new email gets
   * an account; an existing account must prove ownership with its current password.
   */
  async accept(dto: AcceptInvitationDto): Promise<AcceptedInvitationResponseDto> {
    const newPasswordHash = await hashPassword(dto.password);
    return this.db.transaction(async (em) => {
      const inv = await em.findOne(Invitation, { where: { tokenHash: hashToken(dto.token) }, lock: { mode: 'pessimistic_write' } });
      if (!inv) throw new NotFoundError('Invitation');
      if (inv.acceptedAt) throw new InvitationUsedError();
      if (inv.expiresAt <= new Date()) throw new InvitationExpiredError();
      let user = await em.findOneBy(User, { email: inv.email });
      if (user) {
        if (!(await verifyPassword(user.passwordHash, dto.password))) throw new InvalidCredentialsError();
      } else {
        user = await em.save(User, em.create(User, { email: inv.email, fullName: dto.fullName, passwordHash: newPasswordHash }));
      }
      let m = await em.findOne(Membership, { where: { certificationBodyId: inv.certificationBodyId, userId: user.id }, lock: { mode: 'pessimistic_write' } });
      if (m) {
        m.roles = [...new Set([...m.roles, ...inv.roles])];
        m.active = true;
      } else {
        m = em.create(Membership, { certificationBodyId: inv.certificationBodyId, userId: user.id, roles: inv.roles });
      }
      m = await em.save(m);
      inv.acceptedAt = new Date();
      inv.acceptedUserId = user.id;
      await em.save(inv);
      await this.audit.record(em, {
        bodyId: inv.certificationBodyId, actor: { id: user.id, roles: [] }, action: 'invitation.accepted',
        entityType: 'invitation', entityId: inv.id, payload: { userId: user.id, membershipId: m.id, roles: m.roles },
      });
      return { userId: user.id, membershipId: m.id, certificationBodyId: inv.certificationBodyId, roles: m.roles };
    });
  }
}
