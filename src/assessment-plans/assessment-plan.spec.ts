import { foreignCriteria, plannedMethods, standardChanges, uncoveredCriteria } from './assessment-plan.js';

const kuk = [{ id: 'k1' }, { id: 'k2' }, { id: 'k3' }];
const p = (criterionId: string, methods: string[] = ['observation']) => ({ criterionId, evidenceTypes: ['direct' as const], methods: methods as never });

describe('assessment plan rules', () => {
  it('finds KUK without a planned method', () => {
    expect(uncoveredCriteria(kuk, [p('k1'), p('k2', [])])).toEqual([{ id: 'k2' }, { id: 'k3' }]);
    expect(uncoveredCriteria(kuk, undefined)).toEqual(kuk);
    expect(uncoveredCriteria(kuk, [p('k1'), p('k2'), p('k3', ['questioning'])])).toEqual([]);
  });

  it('finds KUK of another version', () => {
    expect(foreignCriteria(new Set(['k1']), [p('k1'), p('x')])).toEqual(['x']);
  });

  it('reports changes to the standard, not to methods', () => {
    expect(standardChanges([p('k1'), p('k2')], [p('k1', ['questioning']), p('k2')])).toEqual({ added: [], removed: [] });
    expect(standardChanges([p('k1'), p('k2')], [p('k1'), p('k3')])).toEqual({ added: ['k3'], removed: ['k2'] });
  });

  it('lists the methods used, in form order', () => {
    expect(plannedMethods([p('k1', ['questioning']), p('k2', ['observation', 'questioning'])])).toEqual(['observation', 'questioning']);
  });
});
