import { COMPETENCY_DIMENSIONS, inFormOrder, REVIEW_PRINCIPLES, REVIEW_STAGES, reviewFormProblems, reviewSummary } from './review-form.js';

const allPrinciples = () => REVIEW_STAGES.flatMap((stage) => REVIEW_PRINCIPLES.map((principle) => ({ stage, principle, met: true, note: '' })));
const allDimensions = () => COMPETENCY_DIMENSIONS.map((dimension) => ({ dimension, consistent: true, note: '' }));

describe('FR.AK.06 review form', () => {
  it('has 5 stages × 4 principles and 5 dimensions', () => {
    expect(allPrinciples()).toHaveLength(20);
    expect(allDimensions()).toHaveLength(5);
  });

  it('accepts a complete form', () => {
    expect(reviewFormProblems(allPrinciples(), allDimensions())).toEqual({ missing: [], repeated: [] });
  });

  it('names missing cells and dimensions', () => {
    const p = allPrinciples().filter((c) => !(c.stage === 'decision' && c.principle === 'fair'));
    const d = allDimensions().filter((c) => c.dimension !== 'transfer_skills');
    expect(reviewFormProblems(p, d)).toEqual({ missing: ['decision/fair', 'transfer_skills'], repeated: [] });
  });

  it('names repeated cells once each', () => {
    const p = [...allPrinciples(), allPrinciples()[0], allPrinciples()[0]];
    expect(reviewFormProblems(p, [...allDimensions(), allDimensions()[2]])).toEqual({ missing: [], repeated: ['plan/valid', 'contingency_management_skills'] });
  });

  it('puts checks into form order and counts what was not met', () => {
    const p = allPrinciples().reverse().map((c, i) => ({ ...c, met: i % 7 !== 0 }));
    const ordered = inFormOrder(p, allDimensions().reverse());
    expect(ordered.principles.map((c) => `${c.stage}/${c.principle}`).slice(0, 5))
      .toEqual(['plan/valid', 'plan/reliable', 'plan/flexible', 'plan/fair', 'preparation/valid']);
    expect(ordered.consistency[0].dimension).toBe('task_skills');
    expect(reviewSummary(p, [{ consistent: false }, { consistent: true }])).toEqual({ principlesNotMet: 3, dimensionsInconsistent: 1 });
  });
});
