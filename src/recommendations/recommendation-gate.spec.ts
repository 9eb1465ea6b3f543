import { evaluateCoverage, type CriterionRow } from '../coverage/coverage.js';
import { overallContradicts, recommendationGaps, unitMismatch } from './recommendation-gate.js';

const row = (id: string, unitId: string, satisfied: boolean | null, note = ''): CriterionRow => ({
  id, number: id, unitId, unitCode: unitId, elementNumber: 1,
  evidence: satisfied === null ? [] : [{ id: `r-${id}`, kind: 'observation', satisfied, furtherAssessment: note }],
});
const coverage = evaluateCoverage([row('k1', 'u1', true), row('k2', 'u1', true), row('k3', 'u2', false), row('k4', 'u3', true, 'Perlu observasi ulang')]);

describe('recommendation gate', () => {
  it('allows K for complete units and BK for any unit', () => {
    expect(recommendationGaps(coverage, [{ unitId: 'u1', outcome: 'K' }, { unitId: 'u2', outcome: 'BK' }, { unitId: 'u3', outcome: 'BK' }], 'BK')).toEqual([]);
  });

  it('refuses K for a unit with an unsatisfied KUK or an open further-assessment note', () => {
    const gaps = recommendationGaps(coverage, [{ unitId: 'u1', outcome: 'K' }, { unitId: 'u2', outcome: 'K' }, { unitId: 'u3', outcome: 'K' }], 'K');
    expect(gaps.map((g) => [g.unitId, g.reason])).toEqual([['u2', 'NOT_SATISFIED'], ['u3', 'FURTHER_ASSESSMENT_OPEN']]);
  });

  it('refuses overall K while a unit is BK', () => {
    const gaps = recommendationGaps(coverage, [{ unitId: 'u1', outcome: 'K' }, { unitId: 'u2', outcome: 'BK' }, { unitId: 'u3', outcome: 'BK' }], 'K');
    expect(gaps).toEqual([{ unitId: 'u2', unitCode: 'u2', reason: 'UNIT_NOT_K' }, { unitId: 'u3', unitCode: 'u3', reason: 'UNIT_NOT_K' }]);
  });

  it('finds missing, unknown and duplicated units', () => {
    expect(unitMismatch(coverage, [{ unitId: 'u1', outcome: 'K' }, { unitId: 'u1', outcome: 'K' }, { unitId: 'x', outcome: 'BK' }]))
      .toEqual({ missing: ['u2', 'u3'], unknown: ['x'], duplicated: ['u1'] });
  });

  it('calls overall BK with every unit K a contradiction', () => {
    expect(overallContradicts([{ unitId: 'u1', outcome: 'K' }], 'BK')).toBe(true);
    expect(overallContradicts([{ unitId: 'u1', outcome: 'BK' }], 'BK')).toBe(false);
  });
});
