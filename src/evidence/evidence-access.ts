import type { AuthUser } from '../auth/auth-user.js';
import type { PortfolioItem } from './portfolio-item.entity.js';

/**
 * Hook for assessors assigned to the candidate. Returns false until assessor
 * assignments exist: wire it to the assignment lookup in the assessment issue
 * (FR.MAPA / assessment scheduling), keeping the 404-for-everyone-else rule.
 */
export function canAssessorRead(_actor: AuthUser, _item: PortfolioItem): boolean {
  return false;
}

/** Owner, body admins and auditors, and (later) the assigned assessors may read an item. */
export function canReadPortfolioItem(actor: AuthUser, item: PortfolioItem): boolean {
  if (actor.bodyId !== item.certificationBodyId) return false;
  if (item.candidateUserId === actor.id) return true;
  if (actor.roles.includes('admin') || actor.roles.includes('auditor')) return true;
  return actor.roles.includes('assessor') && canAssessorRead(actor, item);
}
