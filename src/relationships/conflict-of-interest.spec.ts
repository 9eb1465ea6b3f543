import { conflictsOfInterest, normaliseOrganisation, type RelationshipFacts } from './conflict-of-interest.js';

const assessor = { id: 'a1', employer: 'Politeknik Negeri Bandung' };
const candidate = { id: 'c1', employer: 'PT Nusantara Digital' };
const rel = (r: Partial<RelationshipFacts>): RelationshipFacts => ({
  assessorUserId: 'a1', kind: 'other', counterpartUserId: null, organisationName: null, schemeCode: null, ...r,
});

describe('conflictsOfInterest', () => {
  it('finds no conflict without shared employer or relationships', () => {
    expect(conflictsOfInterest({ assessor, candidate, relationships: [] })).toEqual([]);
  });

  it('flags the same person', () => {
    expect(conflictsOfInterest({ assessor, candidate: { ...assessor }, relationships: [] })).toContain('SAME_PERSON');
  });

  it('flags a shared employer regardless of case, dots and spacing', () => {
    const c = { id: 'c1', employer: 'politeknik  negeri bandung.' };
    expect(conflictsOfInterest({ assessor, candidate: c, relationships: [] })).toEqual(['SHARED_EMPLOYER']);
  });

  it('does not treat two missing employers as shared', () => {
    expect(conflictsOfInterest({ assessor: { id: 'a1', employer: null }, candidate: { id: 'c1', employer: '' }, relationships: [] })).toEqual([]);
  });

  it("flags a declared employer relationship with the candidate's employer", () => {
    const relationships = [rel({ kind: 'employer', organisationName: 'PT Nusantara Digital' })];
    expect(conflictsOfInterest({ assessor, candidate, relationships })).toEqual(['SHARED_EMPLOYER']);
  });

  it('flags an employer relationship with the candidate as a person (e.g. the candidate is the boss)', () => {
    const relationships = [rel({ kind: 'employer', counterpartUserId: 'c1' })];
    expect(conflictsOfInterest({ assessor, candidate, relationships })).toEqual(['EMPLOYER_RELATIONSHIP']);
  });

  it('flags training of the candidate for the same scheme, not for another scheme', () => {
    const relationships = [rel({ kind: 'trained', counterpartUserId: 'c1', schemeCode: 'SKM-JWD-2024' })];
    expect(conflictsOfInterest({ assessor, candidate, schemeCode: 'SKM-JWD-2024', relationships })).toEqual(['TRAINED_CANDIDATE']);
    expect(conflictsOfInterest({ assessor, candidate, schemeCode: 'SKM-OTHER', relationships })).toEqual([]);
  });

  it('flags a training without a scheme code for any scheme', () => {
    const relationships = [rel({ kind: 'trained', counterpartUserId: 'c1' })];
    expect(conflictsOfInterest({ assessor, candidate, schemeCode: 'SKM-OTHER', relationships })).toEqual(['TRAINED_CANDIDATE']);
  });

  it.each([
    ['family', 'FAMILY_RELATIONSHIP'],
    ['business', 'BUSINESS_RELATIONSHIP'],
    ['other', 'OTHER_DECLARED_RELATIONSHIP'],
  ] as const)('flags a %s relationship with the candidate', (kind, reason) => {
    expect(conflictsOfInterest({ assessor, candidate, relationships: [rel({ kind, counterpartUserId: 'c1' })] })).toEqual([reason]);
  });

  it('ignores relationships with other people and relationships declared by other assessors', () => {
    const relationships = [
      rel({ kind: 'family', counterpartUserId: 'someone-else' }),
      rel({ kind: 'family', assessorUserId: 'a2', counterpartUserId: 'c1' }),
      rel({ kind: 'business', organisationName: 'CV Lain' }),
    ];
    expect(conflictsOfInterest({ assessor, candidate, relationships })).toEqual([]);
  });

  it('reports each reason once', () => {
    const relationships = [rel({ kind: 'family', counterpartUserId: 'c1' }), rel({ kind: 'family', counterpartUserId: 'c1' })];
    expect(conflictsOfInterest({ assessor, candidate, relationships })).toEqual(['FAMILY_RELATIONSHIP']);
  });

  it('normalises organisation names', () => {
    expect(normaliseOrganisation(' PT. Maju,  Jaya ')).toBe('pt maju jaya');
  });
});
