import { drawSample, type SampleCandidate } from './sampling.js';

const population: SampleCandidate[] = Array.from({ length: 40 }, (_, i) => ({
  assessmentId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  schemeId: i < 30 ? 'scheme-a' : 'scheme-b',
  assessorUserId: i === 39 ? 'assessor-rare' : `assessor-${i % 3}`,
  period: i % 2 ? '2026-01' : '2026-02',
}));
const ids = (xs: Array<{ assessmentId: string }>) => xs.map((x) => x.assessmentId);

describe('drawSample', () => {
  it('is reproducible: same seed and data give the same sample, whatever the input order', () => {
    const a = drawSample(population, { seed: 'audit-2026', size: 8, stratifyBy: ['scheme'] });
    const b = drawSample([...population].reverse(), { seed: 'audit-2026', size: 8, stratifyBy: ['scheme'] });
    expect(ids(a)).toEqual(ids(b));
    expect(a).toHaveLength(8);
    expect(ids(drawSample(population, { seed: 'audit-2027', size: 8, stratifyBy: ['scheme'] }))).not.toEqual(ids(a));
  });

  it('allocates proportionally to the strata (30 / 10 of 40 → 6 / 2 of 8)', () => {
    const s = drawSample(population, { seed: 'x', size: 8, stratifyBy: ['scheme'] });
    expect(s.filter((c) => c.schemeId === 'scheme-a')).toHaveLength(6);
    expect(s.filter((c) => c.schemeId === 'scheme-b')).toHaveLength(2);
  });

  it('adds one assessment of every assessor left out when asked', () => {
    const s = drawSample(population, { seed: 'x', size: 1, stratifyBy: [], minPerAssessor: true });
    expect(new Set(s.map((c) => c.assessorUserId))).toEqual(new Set(['assessor-0', 'assessor-1', 'assessor-2', 'assessor-rare']));
    expect(s.find((c) => c.assessorUserId === 'assessor-rare')).toMatchObject({ reason: 'min_per_assessor', assessmentId: population[39].assessmentId });
  });

  it('defaults to 10 % of the population and never exceeds it', () => {
    expect(drawSample(population, { seed: 'x', stratifyBy: ['period'] })).toHaveLength(4);
    expect(drawSample(population.slice(0, 3), { seed: 'x', size: 10, stratifyBy: [] })).toHaveLength(3);
    expect(drawSample([], { seed: 'x', stratifyBy: [] })).toEqual([]);
  });
});
