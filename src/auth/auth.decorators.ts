import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { AuthUser } from './auth-user.js';
import type { Permission } from './permissions.js';

export const REQUIRED_PERMISSIONS = 'kompeten:permissions';
export const ANY_SIGNED_IN = 'kompeten:any-signed-in';

const documented = () =>
  applyDecorators(
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Missing, invalid, expired or revoked token (problem+json)' }),
  );

/** The route needs every listed permission (see permissions.ts). */
export const RequirePermission = (...permissions: Permission[]) =>
  applyDecorators(
    SetMetadata(REQUIRED_PERMISSIONS, permissions),
    documented(),
    ApiForbiddenResponse({ description: 'The caller lacks the permission (problem+json)' }),
  );

/** Any signed-in user may call the route (their own profile, their own sessions). */
export const SignedIn = () => applyDecorators(SetMetadata(ANY_SIGNED_IN, true), documented());

export const CurrentUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): AuthUser => ctx.switchToHttp().getRequest().user,
);
