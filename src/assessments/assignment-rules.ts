import { type AssessorIneligibility, assessorEligibility, type EligibilityProfile } from '../assessor-profiles/assessor-eligibility.js';
import { type ConflictReason, conflictsOfInterest, type RelationshipFacts } from '../relationships/conflict-of-interest.js';

/** Codes a UI can show; every reason for every proposed assessor is reported at once. */
export type AssignmentRefusalCode = AssessorIneligibility | ConflictReason | 'PREVIOUS_ASSESSOR';
export interface AssignmentRefusal { assessorUserId: string; code: AssignmentRefusalCode }

export interface ProposedAssessor {
  userId: string;
  employer: string | null;
  profile: EligibilityProfile | null;
  relationships: readonly RelationshipFacts[];
}

export interface AssignmentFacts {
  /** Calendar date (YYYY-MM-DD) of the assessment, in the body's time zone. */
  date: string;
  schemeCode: string;
  /** The candidate's employers: today's profile and the application snapshot (either may match). */
  candidate: { id: string; employers: Array<string | null> };
  assessors: readonly ProposedAssessor[];
}

/** Pure: why each proposed assessor may not assess this candidate on this date; empty means the team is acceptable. */
export function assignmentRefusals(f: AssignmentFacts): AssignmentRefusal[] {
  const out: AssignmentRefusal[] = [];
  for (const a of f.assessors) {
    const codes = new Set<AssignmentRefusalCode>(assessorEligibility(a.profile, { date: f.date, schemeCode: f.schemeCode }));
    const employers = f.candidate.employers.length ? f.candidate.employers : [null];
    for (const employer of employers) {
      conflictsOfInterest({
        assessor: { id: a.userId, employer: a.employer }, candidate: { id: f.candidate.id, employer },
        schemeCode: f.schemeCode, relationships: a.relationships,
      }).forEach((c) => codes.add(c));
    }
    for (const code of codes) out.push({ assessorUserId: a.userId, code });
  }
  return out;
}
