import { COMPETENCY_DIMENSIONS, REVIEW_PRINCIPLES, REVIEW_STAGES } from '../../src/quality-reviews/review-form.js';

/** A complete FR.AK.06 form: every cell met and consistent unless `notMet` names "stage/principle" cells or dimensions. */
export function reviewForm(overrides: Record<string, unknown> = {}, notMet: string[] = []) {
  return {
    principles: REVIEW_STAGES.flatMap((stage) => REVIEW_PRINCIPLES.map((principle) => ({
      stage, principle, met: !notMet.includes(`${stage}/${principle}`), note: notMet.includes(`${stage}/${principle}`) ? 'Belum memenuhi' : '',
    }))),
    improvementRecommendations: 'Pertahankan',
    consistency: COMPETENCY_DIMENSIONS.map((dimension) => ({ dimension, consistent: !notMet.includes(dimension), note: '' })),
    consistencyRecommendations: '',
    findings: 'Tidak ada temuan',
    comments: '',
    ...overrides,
  };
}
