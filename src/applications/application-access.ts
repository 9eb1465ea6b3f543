import { type AuthUser, hasRole } from '../auth/auth-user.js';
import { ApplicationNotFoundError } from './application.errors.js';
import type { Application } from './application.entity.js';

export function bodyOf(actor: AuthUser): string {
  if (!actor.bodyId) throw new ApplicationNotFoundError();
  return actor.bodyId;
}

/** Staff who see every application of their body. */
export const seesAllApplications = (actor: AuthUser) => hasRole(actor, 'admin') || hasRole(actor, 'auditor');

/** The candidate sees their own; admins and auditors of the body see all; everyone else gets 404. */
export function assertCanReadApplication(actor: AuthUser, a: Application | null, id: string): Application {
  if (!a || a.certificationBodyId !== actor.bodyId) throw new ApplicationNotFoundError(id);
  if (a.candidateUserId === actor.id || seesAllApplications(actor)) return a;
  throw new ApplicationNotFoundError(id);
}
