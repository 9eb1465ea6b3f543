import type { AuthUser } from '../auth/auth-user.js';
import { NotFoundError } from '../common/errors/domain-error.js';

/** The audit trail read and written here is always the caller's own body's. */
export function ownBody(actor: AuthUser): string {
  if (!actor.bodyId) throw new NotFoundError('CertificationBody');
  return actor.bodyId;
}
