import {
  ASSESSMENT_ACTION_NAMES, ASSESSMENT_ACTIONS, ASSESSMENT_STATUSES, type AssessmentAction, type AssessmentStatus, canReassign,
  INITIAL_ASSESSMENT_STATUS, nextAssessmentStatus,
} from './assessment-state.js';

describe('assessment state table', () => {
  it('reaches every status from scheduled', () => {
    const reached = new Set<AssessmentStatus>([INITIAL_ASSESSMENT_STATUS]);
    for (let grew = true; grew;) {
      grew = false;
      for (const a of ASSESSMENT_ACTION_NAMES) for (const s of [...reached]) {
        const to = nextAssessmentStatus(a, s);
        if (to && !reached.has(to)) { reached.add(to); grew = true; }
      }
    }
    expect([...reached].sort()).toEqual([...ASSESSMENT_STATUSES].sort());
  });

  it('names only known statuses, as sources and as targets', () => {
    for (const rule of Object.values(ASSESSMENT_ACTIONS)) {
      expect(ASSESSMENT_STATUSES).toContain(rule.to);
      for (const f of rule.from) expect(ASSESSMENT_STATUSES).toContain(f);
    }
  });

  const pairs = ASSESSMENT_ACTION_NAMES.flatMap((a) => ASSESSMENT_STATUSES.map((s) => [a, s] as const));
  it.each(pairs)('%s from %s follows the table', (action, from) => {
    const rule = ASSESSMENT_ACTIONS[action];
    expect(nextAssessmentStatus(action, from)).toBe((rule.from as readonly string[]).includes(from) ? rule.to : null);
  });

  it('cancels anything not yet recommended, and nothing after', () => {
    expect(ASSESSMENT_STATUSES.filter((s) => nextAssessmentStatus('cancel', s))).toEqual(['scheduled', 'ready', 'in_progress']);
  });

  it('ends in decided and cancelled', () => {
    for (const s of ['decided', 'cancelled'] as const) {
      expect(ASSESSMENT_ACTION_NAMES.filter((a) => nextAssessmentStatus(a, s))).toEqual([]);
    }
  });

  it('allows reassignment only before the assessment starts', () => {
    expect(ASSESSMENT_STATUSES.filter(canReassign)).toEqual(['scheduled', 'ready']);
  });
});

describe('assessment walk of issue 6', () => {
  it('goes scheduled → ready → (unready → ready) → in_progress → recommended → decided', () => {
    const walk: Array<[AssessmentAction, AssessmentStatus]> = [
      ['markReady', 'ready'], ['unready', 'scheduled'], ['markReady', 'ready'], ['start', 'in_progress'], ['recommend', 'recommended'], ['decide', 'decided'],
    ];
    let s: AssessmentStatus = INITIAL_ASSESSMENT_STATUS;
    for (const [action, to] of walk) {
      expect(nextAssessmentStatus(action, s)).toBe(to);
      s = to;
    }
  });

  it('cannot start before ready, nor recommend before in_progress, nor re-open a recommended one', () => {
    expect(nextAssessmentStatus('start', 'scheduled')).toBeNull();
    expect(nextAssessmentStatus('recommend', 'ready')).toBeNull();
    expect(nextAssessmentStatus('unready', 'in_progress')).toBeNull();
    expect(nextAssessmentStatus('markReady', 'recommended')).toBeNull();
  });
});
