import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { AssessorProfilesService } from '../assessor-profiles/assessor-profiles.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { RelationshipsService } from '../relationships/relationships.service.js';
import { User } from '../users/user.entity.js';
import { AssessmentAssessor } from './assessment-assessor.entity.js';
import type { AssessorRole } from './assessment-state.js';
import type { Assessment } from './assessment.entity.js';
import { AssignmentRefusedError, TeamInvalidError } from './assessment.errors.js';
import { assignmentRefusals } from './assignment-rules.js';

export interface Team { leadAssessorUserId: string; memberAssessorUserIds?: string[] }

/** Assessments are dated in Indonesian western time (WIB): the certificate must be valid on that calendar day. */
const ASSESSMENT_TIME_ZONE = 'Asia/Jakarta';
// One formatter for the process: constructing an Intl.DateTimeFormat costs ~100 µs, 15 % of a public
// verification's CPU when it was made per call (docs/performance.md, scenario 4).
const WIB_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: ASSESSMENT_TIME_ZONE });
export const calendarDate = (at: Date) => WIB_DATE.format(at);

/** Impartial assignment: every reason against every proposed assessor, then the assignment rows. */
@Injectable()
export class AssessorAssignmentService {
  constructor(private readonly profiles: AssessorProfilesService, private readonly relationships: RelationshipsService) {}

  /** Throws ASSESSMENT.ASSIGNMENT_REFUSED listing every reason, or ASSESSMENT.TEAM_INVALID for a malformed team. */
  async assertImpartial(
    em: EntityManager, a: Pick<Assessment, 'certificationBodyId' | 'candidateUserId' | 'schemeCode' | 'scheduledAt'>,
    team: Team, snapshotEmployer: string | null,
  ): Promise<void> {
    const ids = teamIds(team);
    const bodyId = a.certificationBodyId;
    const users = await em.findBy(User, { id: In([...ids, a.candidateUserId]) });
    const employerOf = (id: string) => users.find((u) => u.id === id)?.employer ?? null;
    const assessors = await Promise.all(ids.map(async (userId) => ({
      userId, employer: employerOf(userId),
      profile: await this.profiles.findForUser(bodyId, userId),
      relationships: await this.relationships.findByAssessor(bodyId, userId),
    })));
    const refusals = assignmentRefusals({
      date: calendarDate(a.scheduledAt), schemeCode: a.schemeCode,
      candidate: { id: a.candidateUserId, employers: [employerOf(a.candidateUserId), snapshotEmployer] },
      assessors,
    });
    if (refusals.length) throw new AssignmentRefusedError(refusals);
  }

  /** Inserts rows for the assessors not yet actively assigned with that role; deactivates the others. */
  async replaceTeam(em: EntityManager, actor: AuthUser, a: Assessment, team: Team): Promise<AssessmentAssessor[]> {
    const wanted = new Map<string, AssessorRole>(teamIds(team).map((id) => [id, id === team.leadAssessorUserId ? 'lead' : 'member']));
    const where = { certificationBodyId: a.certificationBodyId, assessmentId: a.id, active: true };
    const current = await em.find(AssessmentAssessor, { where, lock: { mode: 'pessimistic_write' } });
    const keep = current.filter((r) => wanted.get(r.assessorUserId) === r.role);
    const leaving = current.filter((r) => !keep.includes(r));
    if (leaving.length) {
      await em.update(AssessmentAssessor, { certificationBodyId: a.certificationBodyId, id: In(leaving.map((r) => r.id)) },
        { active: false, deactivatedAt: new Date(), deactivatedByUserId: actor.id });
    }
    const arriving = [...wanted].filter(([id]) => !keep.some((r) => r.assessorUserId === id));
    if (arriving.length) {
      await em.insert(AssessmentAssessor, arriving.map(([assessorUserId, role]) => ({
        certificationBodyId: a.certificationBodyId, assessmentId: a.id, candidateUserId: a.candidateUserId,
        assessorUserId, role, assignedByUserId: actor.id,
      })));
    }
    return em.find(AssessmentAssessor, { where, order: { role: 'ASC', assignedAt: 'ASC' } });
  }
}

function teamIds(team: Team): string[] {
  const members = team.memberAssessorUserIds ?? [];
  const ids = [team.leadAssessorUserId, ...members];
  if (new Set(ids).size !== ids.length) throw new TeamInvalidError('An assessor appears twice in the team');
  return ids;
}
