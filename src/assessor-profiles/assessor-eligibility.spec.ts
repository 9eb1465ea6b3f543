import { assessorEligibility, type EligibilityProfile } from './assessor-eligibility.js';

const profile: EligibilityProfile = {
  status: 'active',
  certificateValidFrom: '2025-01-01',
  certificateValidUntil: '2027-12-31',
  schemeCodes: ['SKM-JWD-2024'],
};
const on = { date: '2026-06-15', schemeCode: 'SKM-JWD-2024' };

describe('assessorEligibility', () => {
  it('is eligible with an active status, a valid certificate and the scheme authorised', () => {
    expect(assessorEligibility(profile, on)).toEqual([]);
  });

  it.each([
    ['the first valid day', '2025-01-01', []],
    ['the last valid day', '2027-12-31', []],
    ['the day before validity', '2024-12-31', ['CERTIFICATE_NOT_VALID']],
    ['the day after expiry', '2028-01-01', ['CERTIFICATE_NOT_VALID']],
  ])('checks certificate validity on %s', (_label, date, expected) => {
    expect(assessorEligibility(profile, { ...on, date })).toEqual(expected);
  });

  it.each(['inactive', 'suspended'] as const)('refuses a %s assessor', (status) => {
    expect(assessorEligibility({ ...profile, status }, on)).toEqual(['STATUS_NOT_ACTIVE']);
  });

  it('refuses a scheme the assessor is not authorised for', () => {
    expect(assessorEligibility(profile, { ...on, schemeCode: 'SKM-OTHER' })).toEqual(['NOT_AUTHORISED_FOR_SCHEME']);
  });

  it('reports every reason at once', () => {
    expect(assessorEligibility({ ...profile, status: 'suspended' }, { date: '2030-01-01', schemeCode: 'X' })).toEqual([
      'STATUS_NOT_ACTIVE', 'CERTIFICATE_NOT_VALID', 'NOT_AUTHORISED_FOR_SCHEME',
    ]);
  });

  it('refuses when there is no profile', () => {
    expect(assessorEligibility(null, on)).toEqual(['NO_ASSESSOR_PROFILE']);
  });
});
