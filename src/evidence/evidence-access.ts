import type { EntityManager } from 'typeorm';
import { isAssignedToCandidate } from '../assessments/assessment-access.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { PortfolioItem } from './portfolio-item.entity.js';

/**
 * Assessors read the items of candidates they are actively assigned to (a
 * live assessment of that candidate in the same body). A plain query rather
 * than AssessmentsService: the assessments module already depends on this one.
 */
export function canAssessorRead(em: EntityManager, actor: AuthUser, item: PortfolioItem): Promise<boolean> {
  return isAssignedToCandidate(em, item.certificationBodyId, actor.id, item.candidateUserId);
}

/** Owner, body admins and auditors, and the assigned assessors may read an item; everyone else gets 404. */
export async function canReadPortfolioItem(em: EntityManager, actor: AuthUser, item: PortfolioItem): Promise<boolean> {
  if (actor.bodyId !== item.certificationBodyId) return false;
  if (item.candidateUserId === actor.id) return true;
  if (actor.roles.includes('admin') || actor.roles.includes('auditor')) return true;
  return actor.roles.includes('assessor') && canAssessorRead(em, actor, item);
}
