import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { AuthService } from '../auth/auth.service.js';
import { InvalidCredentialsError } from '../auth/auth.errors.js';
import { hashPassword, verifyPassword } from '../auth/passwords.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import type { ChangePasswordDto, UpdateProfileDto } from './dto/user.dto.js';
import { User } from './user.entity.js';

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
  ) {}

  async getById(id: string): Promise<User> {
    const user = await this.db.getRepository(User).findOneBy({ id });
    if (!user) throw new NotFoundError('User', id);
    return user;
  }

  updateProfile(actor: AuthUser, dto: UpdateProfileDto): Promise<User> {
    return this.db.transaction(async (em) => {
      const user = await em.findOneOrFail(User, { where: { id: actor.id }, lock: { mode: 'pessimistic_write' } });
      em.merge(User, user, dto);
      const saved = await em.save(user);
      await this.audit.record(em, {
        bodyId: actor.bodyId, actor, action: 'user.profile_updated', entityType: 'user', entityId: actor.id, payload: dto,
      });
      return saved;
    });
  }

  /** A new password ends every session, this one included. */
  async changePassword(actor: AuthUser, dto: ChangePasswordDto): Promise<void> {
    const user = await this.getById(actor.id);
    if (!(await verifyPassword(user.passwordHash, dto.currentPassword))) throw new InvalidCredentialsError();
    const passwordHash = await hashPassword(dto.newPassword);
    await this.db.transaction(async (em) => {
      await em.update(User, { id: actor.id }, { passwordHash, passwordChangedAt: new Date() });
      await this.auth.revokeAllSessions(em, actor.id, 'password_changed');
      await this.audit.record(em, {
        bodyId: actor.bodyId, actor, action: 'user.password_changed', entityType: 'user', entityId: actor.id,
      });
    });
  }
}
