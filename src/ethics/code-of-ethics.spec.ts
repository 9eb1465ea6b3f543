import { BNSP_ASSESSOR_CODE, ethicsGate, gatePasses, unaffirmedItems } from './code-of-ethics.js';

describe('ethics gate', () => {
  const clean = (id: string) => ({ assessorUserId: id, relationship: 'none' as const, giftsAccepted: false });

  it('passes when every active assessor affirmed without a conflict', () => {
    expect(gatePasses(ethicsGate(['a', 'b'], [clean('a'), clean('b')]))).toBe(true);
  });

  it('lists assessors who have not affirmed, ignoring affirmations of assessors no longer assigned', () => {
    const gate = ethicsGate(['a', 'b'], [clean('a'), { ...clean('x'), relationship: 'family' }]);
    expect(gate).toEqual({ missingAffirmations: ['b'], conflicts: [] });
    expect(gatePasses(gate)).toBe(false);
  });

  it('blocks on any declared relationship or an accepted gift', () => {
    const gate = ethicsGate(['a', 'b', 'c'], [{ ...clean('a'), relationship: 'trainer_trainee' }, { ...clean('b'), giftsAccepted: true }, clean('c')]);
    expect(gate.conflicts.map((c) => c.assessorUserId)).toEqual(['a', 'b']);
  });

  it('names the items left unaffirmed', () => {
    expect(unaffirmedItems(BNSP_ASSESSOR_CODE, [1, 2, 3, 4, 5, 6, 8])).toEqual([7]);
    expect(unaffirmedItems(BNSP_ASSESSOR_CODE, BNSP_ASSESSOR_CODE.map((i) => i.number))).toEqual([]);
  });
});
