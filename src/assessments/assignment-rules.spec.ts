import { assignmentRefusals, type ProposedAssessor } from './assignment-rules.js';

const profile = { status: 'active' as const, certificateValidFrom: '2025-01-01', certificateValidUntil: '2026-12-31', schemeCodes: ['SKM/JWD'] };
const assessor = (over: Partial<ProposedAssessor> = {}): ProposedAssessor => ({ userId: 'a1', employer: 'Politeknik', profile, relationships: [], ...over });
const facts = (assessors: ProposedAssessor[], employers: Array<string | null> = ['PT Maju']) =>
  ({ date: '2026-03-01', schemeCode: 'SKM/JWD', candidate: { id: 'c1', employers }, assessors });

describe('assignmentRefusals', () => {
  it('accepts an eligible assessor without conflicts', () => {
    expect(assignmentRefusals(facts([assessor()]))).toEqual([]);
  });

  it('lists every reason of every assessor', () => {
    const refusals = assignmentRefusals(facts([
      assessor({ profile: { ...profile, certificateValidUntil: '2026-02-28', schemeCodes: [] } }),
      assessor({ userId: 'c1', employer: 'pt  maju', profile: null }),
    ]));
    expect(refusals).toEqual([
      { assessorUserId: 'a1', code: 'CERTIFICATE_NOT_VALID' },
      { assessorUserId: 'a1', code: 'NOT_AUTHORISED_FOR_SCHEME' },
      { assessorUserId: 'c1', code: 'NO_ASSESSOR_PROFILE' },
      { assessorUserId: 'c1', code: 'SAME_PERSON' },
      { assessorUserId: 'c1', code: 'SHARED_EMPLOYER' },
    ]);
  });

  it('checks the employer of the application snapshot as well as the current one', () => {
    expect(assignmentRefusals(facts([assessor({ employer: 'PT Lama' })], ['PT Baru', 'PT Lama'])))
      .toEqual([{ assessorUserId: 'a1', code: 'SHARED_EMPLOYER' }]);
  });

  it('reports a declared training of the candidate', () => {
    const relationships = [{ assessorUserId: 'a1', kind: 'trained' as const, counterpartUserId: 'c1', organisationName: null, schemeCode: null }];
    expect(assignmentRefusals(facts([assessor({ relationships })]))).toEqual([{ assessorUserId: 'a1', code: 'TRAINED_CANDIDATE' }]);
  });
});
