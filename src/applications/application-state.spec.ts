import {
  APPLICATION_ACTION_NAMES, APPLICATION_ACTIONS, APPLICATION_STATUSES, type ApplicationAction, type ApplicationStatus,
  INITIAL_APPLICATION_STATUS, isApplicationEditable, missingRequiredEvidence, nextApplicationStatus,
} from './application-state.js';

const ALLOWED: Record<ApplicationAction, Partial<Record<ApplicationStatus, ApplicationStatus>>> = {
  submit: { draft: 'submitted', returned: 'submitted' },
  accept: { submitted: 'accepted' },
  reject: { submitted: 'rejected' },
  return: { submitted: 'returned' },
  withdraw: { draft: 'withdrawn', submitted: 'withdrawn', returned: 'withdrawn' },
};

describe('application state table', () => {
  const pairs = APPLICATION_ACTION_NAMES.flatMap((a) => APPLICATION_STATUSES.map((s) => [a, s] as const));

  it.each(pairs)('%s from %s goes where the table says, or nowhere', (action, from) => {
    expect(nextApplicationStatus(action, from)).toBe(ALLOWED[action][from] ?? null);
  });

  it('reaches every status from draft and targets only known statuses', () => {
    const reached = new Set<ApplicationStatus>([INITIAL_APPLICATION_STATUS]);
    for (let grew = true; grew;) {
      grew = false;
      for (const a of APPLICATION_ACTION_NAMES) for (const s of [...reached]) {
        const to = nextApplicationStatus(a, s);
        if (to && !reached.has(to)) { reached.add(to); grew = true; }
      }
    }
    expect([...reached].sort()).toEqual([...APPLICATION_STATUSES].sort());
    for (const rule of Object.values(APPLICATION_ACTIONS)) expect(APPLICATION_STATUSES).toContain(rule.to);
  });

  it('leaves decided and withdrawn applications without any way out', () => {
    for (const s of ['accepted', 'rejected', 'withdrawn'] as const) {
      expect(APPLICATION_ACTION_NAMES.map((a) => nextApplicationStatus(a, s))).toEqual(APPLICATION_ACTION_NAMES.map(() => null));
    }
  });

  it('lets the candidate edit only drafts and returned applications', () => {
    expect(APPLICATION_STATUSES.filter(isApplicationEditable)).toEqual(['draft', 'returned']);
  });

  it('lists the document-required requirements without evidence', () => {
    const reqs = [{ documentRequired: true }, { documentRequired: false }, { documentRequired: true }, { documentRequired: true }];
    expect(missingRequiredEvidence(reqs, [
      { requirementIndex: 0, portfolioItemIds: ['a'] }, { requirementIndex: 2, portfolioItemIds: [] },
    ])).toEqual([2, 3]);
  });
});
