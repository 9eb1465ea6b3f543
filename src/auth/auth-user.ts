import type { Permission } from './permissions.js';
import type { BodyRole, Role } from './roles.js';

/** The authenticated caller, as the guards resolved it for this request. */
export interface AuthUser {
  id: string;
  sessionId: string;
  /** The certification body the session acts in; null for a platform-only session. */
  bodyId: string | null;
  roles: Role[];
  permissions: Set<Permission>;
}

export function hasRole(user: AuthUser, role: BodyRole): boolean {
  return user.roles.includes(role);
}
