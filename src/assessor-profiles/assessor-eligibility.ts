import type { AssessorProfile } from './assessor-profile.entity.js';

export type AssessorIneligibility =
  | 'NO_ASSESSOR_PROFILE'
  | 'STATUS_NOT_ACTIVE'
  | 'CERTIFICATE_NOT_VALID'
  | 'NOT_AUTHORISED_FOR_SCHEME';

export type EligibilityProfile = Pick<AssessorProfile, 'status' | 'certificateValidFrom' | 'certificateValidUntil' | 'schemeCodes'>;

/**
 * Why an assessor may not assess a scheme on a date; an empty list means eligible.
 * Dates are calendar dates (YYYY-MM-DD) and both certificate bounds are inclusive.
 */
export function assessorEligibility(
  profile: EligibilityProfile | null | undefined,
  on: { date: string; schemeCode: string },
): AssessorIneligibility[] {
  if (!profile) return ['NO_ASSESSOR_PROFILE'];
  const reasons: AssessorIneligibility[] = [];
  if (profile.status !== 'active') reasons.push('STATUS_NOT_ACTIVE');
  if (on.date < profile.certificateValidFrom || on.date > profile.certificateValidUntil) reasons.push('CERTIFICATE_NOT_VALID');
  if (!profile.schemeCodes.includes(on.schemeCode)) reasons.push('NOT_AUTHORISED_FOR_SCHEME');
  return reasons;
}
