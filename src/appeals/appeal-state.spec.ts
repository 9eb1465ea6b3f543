import { isOpenAppeal, nextAppealStatus, panelRefusals, withinAppealWindow } from './appeal-state.js';

describe('appeal state', () => {
  it('appoints a panel, then upholds or grants a reassessment once', () => {
    expect(nextAppealStatus('appointPanel', 'filed')).toBe('panel_appointed');
    expect(nextAppealStatus('uphold', 'filed')).toBeNull();
    expect(nextAppealStatus('grantReassessment', 'panel_appointed')).toBe('reassessment_granted');
    expect(nextAppealStatus('uphold', 'upheld')).toBeNull();
    expect(isOpenAppeal('upheld')).toBe(false);
  });

  it('counts the window in days after the decision', () => {
    const decided = new Date('2026-03-01T00:00:00Z');
    expect(withinAppealWindow(decided, 14, new Date('2026-03-15T00:00:00Z'))).toBe(true);
    expect(withinAppealWindow(decided, 14, new Date('2026-03-15T00:00:01Z'))).toBe(false);
  });

  it('refuses panel members who took part', () => {
    const facts = { bodyMemberUserIds: ['p', 'a', 'd', 'c'], candidateUserId: 'c', assessorUserIds: ['a'], decidedByUserId: 'd' };
    expect(panelRefusals({ ...facts, memberUserIds: ['p'] })).toEqual([]);
    expect(panelRefusals({ ...facts, memberUserIds: ['a', 'd', 'c', 'x'] })).toEqual([
      { userId: 'a', code: 'ASSESSOR_OF_ASSESSMENT' }, { userId: 'd', code: 'DECISION_MAKER' }, { userId: 'c', code: 'CANDIDATE' }, { userId: 'x', code: 'NOT_A_MEMBER' },
    ]);
  });
});
