/** Decisions of one lead assessor in one scheme, and of the whole body in that scheme. */
export interface AssessorSchemeCounts { decided: number; bk: number; schemeDecided: number; schemeBk: number }

export interface OutlierFigures { bkRate: number; schemeBkRate: number; zScore: number | null; outlier: boolean }

/** |z| from this many standard errors is flagged. */
export const OUTLIER_Z = 2;

const round = (x: number) => Math.round(x * 10_000) / 10_000;

/**
 * Compares an assessor's BK rate with the body's rate for the same scheme: the
 * z-score of the assessor's rate under the body's rate (binomial standard error
 * for the assessor's number of decisions). Flagged when |z| ≥ 2 and the assessor
 * made at least `minDecisions` decisions; a body rate of 0 or 1 has no spread,
 * so any difference from it is flagged.
 */
export function outlierFigures(c: AssessorSchemeCounts, minDecisions: number): OutlierFigures {
  const bkRate = c.decided ? c.bk / c.decided : 0;
  const schemeBkRate = c.schemeDecided ? c.schemeBk / c.schemeDecided : 0;
  const se = Math.sqrt((schemeBkRate * (1 - schemeBkRate)) / Math.max(c.decided, 1));
  const diff = bkRate - schemeBkRate;
  const zScore = se > 0 ? diff / se : diff === 0 ? 0 : null;
  const enough = c.decided >= minDecisions;
  const outlier = enough && (zScore === null || Math.abs(zScore) >= OUTLIER_Z);
  return { bkRate: round(bkRate), schemeBkRate: round(schemeBkRate), zScore: zScore === null ? null : round(zScore), outlier };
}
