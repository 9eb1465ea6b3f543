import type { EntityManager } from 'typeorm';
import { type AuthUser, hasRole } from '../auth/auth-user.js';
import { AssessmentAssessor } from './assessment-assessor.entity.js';
import { Assessment } from './assessment.entity.js';
import { AssessmentNotFoundError, LeadAssessorOnlyError } from './assessment.errors.js';

export function bodyOf(actor: AuthUser): string {
  if (!actor.bodyId) throw new AssessmentNotFoundError();
  return actor.bodyId;
}

export const seesAllAssessments = (actor: AuthUser) => hasRole(actor, 'admin') || hasRole(actor, 'auditor');

/**
 * Whether the assessor is actively assigned to a live (not cancelled) assessment
 * of the candidate, optionally of one application. Used by evidence downloads
 * and the self-assessment review.
 */
export async function isAssignedToCandidate(
  em: EntityManager, bodyId: string, assessorUserId: string, candidateUserId: string, applicationId?: string,
): Promise<boolean> {
  const qb = em.createQueryBuilder(AssessmentAssessor, 'aa')
    .innerJoin(Assessment, 'a', 'a.certification_body_id = aa.certification_body_id AND a.id = aa.assessment_id')
    .where('aa.certification_body_id = :bodyId AND aa.assessor_user_id = :assessorUserId', { bodyId, assessorUserId })
    .andWhere('aa.candidate_user_id = :candidateUserId AND aa.active', { candidateUserId })
    .andWhere(`a.status <> 'cancelled'`);
  if (applicationId) qb.andWhere('a.application_id = :applicationId', { applicationId });
  return qb.getExists();
}

/** Admins and auditors of the body, the candidate, and the actively assigned assessors; everyone else 404. */
export async function findVisibleAssessment(em: EntityManager, actor: AuthUser, id: string, lock = false): Promise<Assessment> {
  const a = await em.findOne(Assessment, {
    where: { certificationBodyId: bodyOf(actor), id },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!a) throw new AssessmentNotFoundError(id);
  if (seesAllAssessments(actor) || a.candidateUserId === actor.id) return a;
  if (hasRole(actor, 'assessor') && (await em.existsBy(AssessmentAssessor, {
    certificationBodyId: a.certificationBodyId, assessmentId: id, assessorUserId: actor.id, active: true,
  }))) return a;
  throw new AssessmentNotFoundError(id);
}

export interface AssessorAccess { assessment: Assessment; assignment: AssessmentAssessor }

/**
 * For assessor actions: the assessment locked (pessimistic_write) when the
 * actor is actively assigned to it; anyone else 404 (admins included: they
 * manage, they do not assess). `leadOnly` answers 403 to a member assessor.
 */
export async function findAssessmentAsAssessor(
  em: EntityManager, actor: AuthUser, id: string, opts: { leadOnly?: boolean } = {},
): Promise<AssessorAccess> {
  const bodyId = bodyOf(actor);
  const assignment = await em.findOneBy(AssessmentAssessor, { certificationBodyId: bodyId, assessmentId: id, assessorUserId: actor.id, active: true });
  if (!assignment) throw new AssessmentNotFoundError(id);
  const assessment = await em.findOne(Assessment, { where: { certificationBodyId: bodyId, id }, lock: { mode: 'pessimistic_write' } });
  if (!assessment) throw new AssessmentNotFoundError(id);
  if (opts.leadOnly && assignment.role !== 'lead') throw new LeadAssessorOnlyError();
  return { assessment, assignment };
}
