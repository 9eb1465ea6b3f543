import { type CriterionRow, evaluateCoverage } from './coverage.js';

const row = (id: string, unitId: string, evidence: CriterionRow['evidence'] = []): CriterionRow =>
  ({ id, number: id, unitId, unitCode: unitId.toUpperCase(), elementNumber: 1, evidence });
const ev = (kind: 'observation' | 'questioning' | 'portfolio_verification', satisfied: boolean, furtherAssessment = '') =>
  ({ id: `${kind}-${satisfied}`, kind, satisfied, furtherAssessment });

describe('evaluateCoverage', () => {
  it('satisfies a KUK by any satisfied record of any method', () => {
    const c = evaluateCoverage([row('k1', 'u1', [ev('observation', false), ev('questioning', true)]), row('k2', 'u1', [ev('portfolio_verification', true)])]);
    expect(c.criteria.map((k) => k.satisfied)).toEqual([true, true]);
    expect(c.criteria[0].byMethod).toEqual({
      observation: { records: 1, satisfied: 0 }, questioning: { records: 1, satisfied: 1 }, portfolio_verification: { records: 0, satisfied: 0 },
    });
    expect(c.units).toEqual([{ unitId: 'u1', unitCode: 'U1', criteria: 2, satisfied: 2, complete: true, methods: ['observation', 'questioning', 'portfolio_verification'] }]);
    expect(c.gaps).toEqual([]);
  });

  it('lists KUK without evidence, unsatisfied ones and open further-assessment notes', () => {
    const c = evaluateCoverage([
      row('k1', 'u1'), row('k2', 'u1', [ev('observation', false)]), row('k3', 'u2', [ev('observation', true, 'Perlu tanya jawab')]), row('k4', 'u3', [ev('observation', true)]),
    ]);
    expect(c.gaps.map((g) => [g.criterionId, g.reason])).toEqual([
      ['k1', 'NO_EVIDENCE'], ['k2', 'NOT_SATISFIED'], ['k3', 'FURTHER_ASSESSMENT_OPEN'],
    ]);
    expect(c.units.map((u) => [u.unitId, u.complete])).toEqual([['u1', false], ['u2', false], ['u3', true]]);
  });
});
