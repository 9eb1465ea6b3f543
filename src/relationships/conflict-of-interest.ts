import type { DeclaredRelationship } from './declared-relationship.entity.js';

export type ConflictReason =
  | 'SAME_PERSON'
  | 'SHARED_EMPLOYER'
  | 'EMPLOYER_RELATIONSHIP'
  | 'TRAINED_CANDIDATE'
  | 'FAMILY_RELATIONSHIP'
  | 'BUSINESS_RELATIONSHIP'
  | 'OTHER_DECLARED_RELATIONSHIP';

export type RelationshipFacts = Pick<
  DeclaredRelationship,
  'assessorUserId' | 'kind' | 'counterpartUserId' | 'organisationName' | 'schemeCode'
>;

export interface ConflictCheckInput {
  assessor: { id: string; employer: string | null };
  candidate: { id: string; employer: string | null };
  /** The scheme to be assessed; a training for another scheme is not a conflict. */
  schemeCode?: string;
  /** The assessor's declared relationships (others are ignored). */
  relationships: readonly RelationshipFacts[];
}

const KIND_REASON: Record<RelationshipFacts['kind'], ConflictReason> = {
  employer: 'EMPLOYER_RELATIONSHIP',
  trained: 'TRAINED_CANDIDATE',
  family: 'FAMILY_RELATIONSHIP',
  business: 'BUSINESS_RELATIONSHIP',
  other: 'OTHER_DECLARED_RELATIONSHIP',
};

/** Case and spacing do not make two employers different ("PT  Maju" = "pt maju"). */
export const normaliseOrganisation = (name: string | null | undefined): string =>
  (name ?? '').toLowerCase().replace(/[.,]/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * Why an assessor should not assess a candidate (ISO/IEC 17024 §4.3, BNSP code of
 * ethics point 7); an empty list means no known conflict. Reads the assessor's
 * declared relationships naming the candidate or the candidate's employer, and
 * whether both work for the same organisation.
 */
export function conflictsOfInterest(input: ConflictCheckInput): ConflictReason[] {
  const { assessor, candidate } = input;
  const reasons = new Set<ConflictReason>();
  if (assessor.id === candidate.id) reasons.add('SAME_PERSON');
  const candidateEmployer = normaliseOrganisation(candidate.employer);
  if (candidateEmployer && candidateEmployer === normaliseOrganisation(assessor.employer)) reasons.add('SHARED_EMPLOYER');
  for (const r of input.relationships) {
    if (r.assessorUserId !== assessor.id) continue;
    const namesCandidate = r.counterpartUserId === candidate.id;
    const namesEmployer = !!candidateEmployer && normaliseOrganisation(r.organisationName) === candidateEmployer;
    if (!namesCandidate && !namesEmployer) continue;
    if (r.kind === 'employer' && namesEmployer && !namesCandidate) reasons.add('SHARED_EMPLOYER');
    else if (r.kind === 'trained') {
      if (!input.schemeCode || !r.schemeCode || r.schemeCode === input.schemeCode) reasons.add('TRAINED_CANDIDATE');
    } else reasons.add(KIND_REASON[r.kind]);
  }
  return [...reasons];
}
