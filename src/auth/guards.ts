import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { ForbiddenError } from '../common/errors/domain-error.js';
import { IS_PUBLIC } from '../common/decorators/public.decorator.js';
import { ANY_SIGNED_IN, REQUIRED_PERMISSIONS } from './auth.decorators.js';
import type { AuthUser } from './auth-user.js';
import { InvalidTokenError } from './auth.errors.js';
import type { Permission } from './permissions.js';

const isPublic = (reflector: Reflector, ctx: ExecutionContext) =>
  reflector.getAllAndOverride<boolean>(IS_PUBLIC, [ctx.getHandler(), ctx.getClass()]) === true;

/** Global: every route needs a valid access token unless marked @Public(). */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(ctx: ExecutionContext) {
    if (isPublic(this.reflector, ctx)) return true;
    return super.canActivate(ctx);
  }

  override handleRequest<T>(err: unknown, user: T): T {
    if (err) throw err;
    if (!user) throw new InvalidTokenError();
    return user;
  }
}

/**
 * Global, after JwtAuthGuard: a route must declare @Public(), @SignedIn() or
 * @RequirePermission(...); a route that declares none is refused (deny by default).
 */
@Injectable()
export class PermissionsGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(ctx: ExecutionContext): boolean {
    if (isPublic(this.reflector, ctx)) return true;
    const targets = [ctx.getHandler(), ctx.getClass()];
    const required = this.reflector.getAllAndOverride<Permission[]>(REQUIRED_PERMISSIONS, targets);
    const user: AuthUser = ctx.switchToHttp().getRequest().user;
    if (required?.length) {
      if (required.every((p) => user.permissions.has(p))) return true;
      throw new ForbiddenError();
    }
    if (this.reflector.getAllAndOverride<boolean>(ANY_SIGNED_IN, targets)) return true;
    throw new ForbiddenError('This route declares no permission and is closed');
  }
}
