/** FR.AK.02 gate: what the server allows the assessor to recommend. Pure. */
import type { Coverage, Gap } from '../coverage/coverage.js';
import type { Outcome } from './evidence-methods.js';

export interface UnitVerdict { unitId: string; outcome: Outcome }
export type RecommendationGap = Gap | { unitId: string; unitCode: string; reason: 'UNIT_NOT_K' };

/** Units missing from or foreign to the verdicts (every unit of the version exactly once). */
export function unitMismatch(coverage: Coverage, verdicts: readonly UnitVerdict[]): { missing: string[]; unknown: string[]; duplicated: string[] } {
  const ids = verdicts.map((v) => v.unitId);
  const known = new Set(coverage.units.map((u) => u.unitId));
  return {
    missing: [...known].filter((id) => !ids.includes(id)),
    unknown: ids.filter((id) => !known.has(id)),
    duplicated: ids.filter((id, i) => ids.indexOf(id) !== i),
  };
}

/**
 * A unit may be K only when every KUK in it is satisfied with no open
 * further-assessment note; the overall result may be K only when every unit is K.
 */
export function recommendationGaps(coverage: Coverage, verdicts: readonly UnitVerdict[], overall: Outcome): RecommendationGap[] {
  const gaps: RecommendationGap[] = [];
  for (const v of verdicts) {
    if (v.outcome === 'K') gaps.push(...coverage.gaps.filter((g) => g.unitId === v.unitId));
  }
  if (overall === 'K') {
    for (const v of verdicts.filter((x) => x.outcome === 'BK')) {
      const unit = coverage.units.find((u) => u.unitId === v.unitId);
      gaps.push({ unitId: v.unitId, unitCode: unit?.unitCode ?? '', reason: 'UNIT_NOT_K' });
    }
  }
  return gaps;
}

/** BK overall with every unit K is contradictory. */
export const overallContradicts = (verdicts: readonly UnitVerdict[], overall: Outcome) =>
  overall === 'BK' && verdicts.every((v) => v.outcome === 'K');
