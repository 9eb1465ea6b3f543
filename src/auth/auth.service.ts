import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { DomainError, NotFoundError } from '../common/errors/domain-error.js';
import { AppConfig } from '../config/app-config.js';
import { Membership } from '../memberships/membership.entity.js';
import { User } from '../users/user.entity.js';
import { AuthSession } from './auth-session.entity.js';
import type { AuthUser } from './auth-user.js';
import { InvalidCredentialsError, InvalidTokenError, RefreshInProgressError } from './auth.errors.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { verifyPassword } from './passwords.js';
import { permissionsFor } from './permissions.js';
import { RefreshToken } from './refresh-token.entity.js';
import type { Role } from './roles.js';
import { hashToken, newOpaqueToken } from './token-hash.js';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  certificationBodyId: string | null;
}

export interface AccessClaims {
  sub: string;
  sid: string;
  bid: string | null;
}

/** A second use of a refresh token this soon after the first is a client race, not theft. */
const CONCURRENT_REFRESH_GRACE_MS = 10_000;
export const JWT_AUDIENCE = 'kompeten-api';
export const JWT_ISSUER = 'kompeten';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
  ) {}

  /** Checks credentials with identical answers for unknown users and wrong passwords. */
  async validateCredentials(emailInput: string, password: string, ip: string): Promise<User> {
    const email = emailInput.trim().toLowerCase();
    await this.throttle.beforeAttempt(email, ip);
    const user = await this.db.getRepository(User).findOne({ where: { email } });
    const ok = await verifyPassword(user?.passwordHash, password);
    if (!user || !ok) {
      await this.throttle.onFailure(email);
      throw new InvalidCredentialsError();
    }
    await this.throttle.onSuccess(email);
    return user;
  }

  /** Opens a session in one body (the requested one, or the user's only/first membership). */
  async login(user: User, requestedBodyId: string | undefined, ip: string): Promise<TokenPair> {
    const bodyId = await this.chooseBody(user, requestedBodyId);
    return this.db.transaction(async (em) => {
      const session = await em.save(AuthSession, {
        userId: user.id,
        certificationBodyId: bodyId,
        expiresAt: new Date(Date.now() + this.config.env.REFRESH_TOKEN_TTL_DAYS * 86_400_000),
        clientIp: ip,
      });
      await this.audit.record(em, {
        bodyId,
        actor: { id: user.id, roles: [] },
        action: 'auth.login',
        entityType: 'session',
        entityId: session.id,
      });
      return this.issue(em, session);
    });
  }

  /** Rotates a refresh token. Reusing a spent one revokes the whole session family. */
  async refresh(refreshToken: string): Promise<TokenPair> {
    const outcome = await this.db.transaction(async (em) => {
      const token = await em.findOne(RefreshToken, {
        where: { tokenHash: hashToken(refreshToken) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!token) throw new InvalidTokenError();
      const session = await em.findOne(AuthSession, { where: { id: token.sessionId }, lock: { mode: 'pessimistic_write' } });
      if (!session || session.revokedAt || session.expiresAt < new Date()) throw new InvalidTokenError();
      if (token.usedAt) {
        if (Date.now() - token.usedAt.getTime() < CONCURRENT_REFRESH_GRACE_MS) return 'race' as const;
        await this.revokeSession(em, session, 'refresh_token_reuse', null);
        return 'reuse' as const;
      }
      token.usedAt = new Date();
      await em.save(token);
      await this.audit.record(em, {
        bodyId: session.certificationBodyId,
        actor: { id: session.userId, roles: [] },
        action: 'auth.token_refreshed',
        entityType: 'session',
        entityId: session.id,
      });
      return this.issue(em, session);
    });
    if (outcome === 'race') throw new RefreshInProgressError();
    if (outcome === 'reuse') throw new InvalidTokenError('Refresh token reuse detected: the session was revoked');
    return outcome;
  }

  async logout(user: AuthUser): Promise<void> {
    await this.db.transaction(async (em) => {
      const session = await em.findOne(AuthSession, { where: { id: user.sessionId }, lock: { mode: 'pessimistic_write' } });
      if (session && !session.revokedAt) await this.revokeSession(em, session, 'logout', user);
    });
  }

  /** Revokes every open session of a user (password change, removal from a body). */
  async revokeAllSessions(em: EntityManager, userId: string, reason: string): Promise<void> {
    await em.update(AuthSession, { userId, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: reason });
  }

  /** Revokes a user's open sessions in one body (removal from that body). */
  async revokeBodySessions(em: EntityManager, userId: string, bodyId: string, reason: string): Promise<void> {
    await em.update(
      AuthSession,
      { userId, certificationBodyId: bodyId, revokedAt: IsNull() },
      { revokedAt: new Date(), revokedReason: reason },
    );
  }

  /**
   * Moves the caller to another body they belong to: a new session scoped to that
   * body replaces the current one, so every token stays scoped to exactly one body.
   */
  async switchBody(actor: AuthUser, bodyId: string, ip: string): Promise<TokenPair> {
    const user = await this.db.getRepository(User).findOneByOrFail({ id: actor.id });
    await this.chooseBody(user, bodyId);
    return this.db.transaction(async (em) => {
      const current = await em.findOne(AuthSession, { where: { id: actor.sessionId }, lock: { mode: 'pessimistic_write' } });
      if (current && !current.revokedAt) await this.revokeSession(em, current, 'switched_body', actor);
      const session = await em.save(AuthSession, {
        userId: user.id,
        certificationBodyId: bodyId,
        expiresAt: new Date(Date.now() + this.config.env.REFRESH_TOKEN_TTL_DAYS * 86_400_000),
        clientIp: ip,
      });
      await this.audit.record(em, {
        bodyId, actor, action: 'auth.body_switched', entityType: 'session', entityId: session.id,
        payload: { fromBodyId: actor.bodyId },
      });
      return this.issue(em, session);
    });
  }

  /** Resolves a verified access token into the caller, with roles read fresh from the database. */
  async resolveAccessToken(claims: AccessClaims): Promise<AuthUser> {
    const rows: Array<{ revoked_at: Date | null; expires_at: Date; is_platform_admin: boolean; roles: Role[] | null; active: boolean | null }> =
      await this.db.query(
        `SELECT s.revoked_at, s.expires_at, u.is_platform_admin, m.roles, m.active
           FROM auth_sessions s
           JOIN users u ON u.id = s.user_id
           LEFT JOIN memberships m ON m.user_id = s.user_id AND m.certification_body_id = s.certification_body_id
          WHERE s.id = $1 AND s.user_id = $2`,
        [claims.sid, claims.sub],
      );
    const row = rows[0];
    if (!row || row.revoked_at || row.expires_at < new Date()) throw new InvalidTokenError();
    const roles: Role[] = row.active ? [...(row.roles ?? [])] : [];
    if (row.is_platform_admin) roles.push('platform_admin');
    return { id: claims.sub, sessionId: claims.sid, bodyId: claims.bid, roles, permissions: permissionsFor(roles) };
  }

  private async chooseBody(user: User, requested: string | undefined): Promise<string | null> {
    const memberships = await this.db.getRepository(Membership).find({
      where: { userId: user.id, active: true },
      order: { createdAt: 'ASC' },
    });
    if (requested) {
      if (!memberships.some((m) => m.certificationBodyId === requested)) throw new NotFoundError('CertificationBody', requested);
      return requested;
    }
    if (memberships.length > 0) return memberships[0].certificationBodyId;
    if (user.isPlatformAdmin) return null;
    throw new DomainError('AUTH.NO_MEMBERSHIP', 'This account belongs to no certification body');
  }

  private async revokeSession(em: EntityManager, session: AuthSession, reason: string, actor: AuthUser | null): Promise<void> {
    session.revokedAt = new Date();
    session.revokedReason = reason;
    await em.save(session);
    await this.audit.record(em, {
      bodyId: session.certificationBodyId,
      actor: actor ?? { id: session.userId, roles: [] },
      action: reason === 'logout' ? 'auth.logout' : 'auth.session_revoked',
      entityType: 'session',
      entityId: session.id,
      payload: { reason },
    });
  }

  private async issue(em: EntityManager, session: AuthSession): Promise<TokenPair> {
    const refreshToken = newOpaqueToken();
    await em.insert(RefreshToken, { sessionId: session.id, tokenHash: hashToken(refreshToken) });
    const claims: AccessClaims = { sub: session.userId, sid: session.id, bid: session.certificationBodyId };
    const accessToken = await this.jwt.signAsync(claims);
    return {
      accessToken,
      refreshToken,
      tokenType: 'Bearer',
      expiresIn: this.config.env.JWT_ACCESS_TTL_SECONDS,
      certificationBodyId: session.certificationBodyId,
    };
  }
}
