import type { RelationshipFacts } from '../relationships/conflict-of-interest.js';

/** Why a person may not decide (ISO/IEC 17024 §9.4: not involved in assessing or training the candidate). */
export type DecisionRefusalCode = 'SAME_PERSON' | 'ASSESSOR_OF_ASSESSMENT' | 'TRAINED_CANDIDATE';

export interface DecisionImpartialityFacts {
  deciderUserId: string;
  candidateUserId: string;
  schemeCode: string;
  /** Every assessor ever assigned to the assessment, active or not. */
  assessorUserIds: readonly string[];
  /** Relationships the decider declared (as an assessor). */
  relationships: readonly RelationshipFacts[];
}

/** Every reason against the decider; empty when they may decide. Pure. */
export function decisionRefusals(f: DecisionImpartialityFacts): DecisionRefusalCode[] {
  const reasons: DecisionRefusalCode[] = [];
  if (f.deciderUserId === f.candidateUserId) reasons.push('SAME_PERSON');
  if (f.assessorUserIds.includes(f.deciderUserId)) reasons.push('ASSESSOR_OF_ASSESSMENT');
  const trained = f.relationships.some((r) => r.kind === 'trained' && r.counterpartUserId === f.candidateUserId
    && (!r.schemeCode || r.schemeCode === f.schemeCode));
  if (trained) reasons.push('TRAINED_CANDIDATE');
  return reasons;
}
