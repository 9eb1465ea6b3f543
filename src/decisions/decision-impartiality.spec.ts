import { decisionRefusals } from './decision-impartiality.js';

const base = { deciderUserId: 'd', candidateUserId: 'c', schemeCode: 'JWD', assessorUserIds: ['a'], relationships: [] };
const trained = (schemeCode: string | null) => ({ assessorUserId: 'd', kind: 'trained' as const, counterpartUserId: 'c', organisationName: null, schemeCode });

describe('decisionRefusals', () => {
  it('lets an uninvolved decision maker decide', () => {
    expect(decisionRefusals(base)).toEqual([]);
  });

  it('refuses an assessor of the assessment, even a deactivated one', () => {
    expect(decisionRefusals({ ...base, assessorUserIds: ['a', 'd'] })).toEqual(['ASSESSOR_OF_ASSESSMENT']);
  });

  it("refuses the candidate's trainer for that scheme or any scheme", () => {
    expect(decisionRefusals({ ...base, relationships: [trained('JWD')] })).toEqual(['TRAINED_CANDIDATE']);
    expect(decisionRefusals({ ...base, relationships: [trained(null)] })).toEqual(['TRAINED_CANDIDATE']);
    expect(decisionRefusals({ ...base, relationships: [trained('OTHER')] })).toEqual([]);
  });

  it('lists every reason at once', () => {
    expect(decisionRefusals({ ...base, deciderUserId: 'c', assessorUserIds: ['c'] })).toEqual(['SAME_PERSON', 'ASSESSOR_OF_ASSESSMENT']);
  });
});
