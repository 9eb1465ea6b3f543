/** The coverage matrix: which KUK the current evidence satisfies. Pure. */
import type { JudgementKind } from '../judgements/judgement.js';

export interface CriterionEvidence { id: string; kind: JudgementKind; satisfied: boolean; furtherAssessment: string }
export interface CriterionRow { id: string; number: string; unitId: string; unitCode: string; elementNumber: number; evidence: CriterionEvidence[] }

export type GapReason = 'NO_EVIDENCE' | 'NOT_SATISFIED' | 'FURTHER_ASSESSMENT_OPEN';
export interface Gap { criterionId: string; number: string; unitId: string; unitCode: string; reason: GapReason; notes?: string[] }
export interface MethodTally { records: number; satisfied: number }
export interface CriterionCoverage {
  criterionId: string; number: string; unitId: string; unitCode: string; elementNumber: number;
  byMethod: Record<JudgementKind, MethodTally>; satisfied: boolean; openFurtherAssessment: string[];
}
export interface UnitCoverage { unitId: string; unitCode: string; criteria: number; satisfied: number; complete: boolean; methods: JudgementKind[] }
export interface Coverage { criteria: CriterionCoverage[]; units: UnitCoverage[]; gaps: Gap[] }

const KINDS: JudgementKind[] = ['observation', 'questioning', 'portfolio_verification'];

/** A KUK is satisfied by any current satisfied record; it is complete when satisfied with no open further-assessment note. */
export function evaluateCoverage(rows: readonly CriterionRow[]): Coverage {
  const criteria = rows.map((r): CriterionCoverage => {
    const byMethod = Object.fromEntries(KINDS.map((k) => {
      const of = r.evidence.filter((e) => e.kind === k);
      return [k, { records: of.length, satisfied: of.filter((e) => e.satisfied).length }];
    })) as Record<JudgementKind, MethodTally>;
    return {
      criterionId: r.id, number: r.number, unitId: r.unitId, unitCode: r.unitCode, elementNumber: r.elementNumber, byMethod,
      satisfied: r.evidence.some((e) => e.satisfied),
      openFurtherAssessment: r.evidence.filter((e) => e.furtherAssessment.trim()).map((e) => e.furtherAssessment),
    };
  });
  const gaps: Gap[] = [];
  for (const c of criteria) {
    const at = { criterionId: c.criterionId, number: c.number, unitId: c.unitId, unitCode: c.unitCode };
    const any = KINDS.some((k) => c.byMethod[k].records);
    if (!c.satisfied) gaps.push({ ...at, reason: any ? 'NOT_SATISFIED' : 'NO_EVIDENCE' });
    if (c.openFurtherAssessment.length) gaps.push({ ...at, reason: 'FURTHER_ASSESSMENT_OPEN', notes: c.openFurtherAssessment });
  }
  const units: UnitCoverage[] = [];
  for (const c of criteria) {
    let u = units.find((x) => x.unitId === c.unitId);
    if (!u) units.push(u = { unitId: c.unitId, unitCode: c.unitCode, criteria: 0, satisfied: 0, complete: true, methods: [] });
    u.criteria++;
    if (c.satisfied) u.satisfied++;
    if (!c.satisfied || c.openFurtherAssessment.length) u.complete = false;
    for (const k of KINDS) if (c.byMethod[k].records && !u.methods.includes(k)) u.methods.push(k);
  }
  return { criteria, units, gaps };
}
