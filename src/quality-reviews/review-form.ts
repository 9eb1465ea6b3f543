/**
 * FR.AK.06 Meninjau Proses Asesmen. Table 1: the stages of the assessment ×
 * the principles of assessment; table 2: consistency of decisions across
 * assessments in each of the five dimensions of competency.
 */
export const REVIEW_STAGES = ['plan', 'preparation', 'implementation', 'decision', 'feedback'] as const;
export const REVIEW_PRINCIPLES = ['valid', 'reliable', 'flexible', 'fair'] as const;
export const COMPETENCY_DIMENSIONS = [
  'task_skills', 'task_management_skills', 'contingency_management_skills', 'job_role_environment_skills', 'transfer_skills',
] as const;

export type ReviewStage = (typeof REVIEW_STAGES)[number];
export type ReviewPrinciple = (typeof REVIEW_PRINCIPLES)[number];
export type CompetencyDimension = (typeof COMPETENCY_DIMENSIONS)[number];

/** Labels as printed on the form: Indonesian, English. */
export const STAGE_LABELS: Record<ReviewStage, [string, string]> = {
  plan: ['Rencana asesmen', 'Assessment plan'], preparation: ['Persiapan asesmen', 'Preparation'],
  implementation: ['Implementasi asesmen', 'Implementation'], decision: ['Keputusan asesmen', 'Decision'], feedback: ['Umpan balik asesmen', 'Feedback'],
};
export const PRINCIPLE_LABELS: Record<ReviewPrinciple, [string, string]> = {
  valid: ['Validitas', 'Valid'], reliable: ['Reliabel', 'Reliable'], flexible: ['Fleksibel', 'Flexible'], fair: ['Adil', 'Fair'],
};
export const DIMENSION_LABELS: Record<CompetencyDimension, [string, string]> = {
  task_skills: ['Keterampilan tugas (TS)', 'Task Skills'], task_management_skills: ['Keterampilan manajemen tugas (TMS)', 'Task Management Skills'],
  contingency_management_skills: ['Keterampilan manajemen kontingensi (CMS)', 'Contingency Management Skills'],
  job_role_environment_skills: ['Keterampilan lingkungan kerja (JRES)', 'Job Role / Environment Skills'],
  transfer_skills: ['Keterampilan transfer', 'Transfer Skills'],
};

export interface PrincipleCheck { stage: ReviewStage; principle: ReviewPrinciple; met: boolean; note: string }
export interface ConsistencyCheck { dimension: CompetencyDimension; consistent: boolean; note: string }

export interface FormProblems { missing: string[]; repeated: string[] }

const cellsOf = (checks: ReadonlyArray<{ stage: string; principle: string }>) => checks.map((c) => `${c.stage}/${c.principle}`);

/** Every stage × principle cell and every dimension answered exactly once; returns what is missing or repeated. */
export function reviewFormProblems(
  principles: ReadonlyArray<{ stage: string; principle: string }>, consistency: ReadonlyArray<{ dimension: string }>,
): FormProblems {
  const expected = [...REVIEW_STAGES.flatMap((s) => REVIEW_PRINCIPLES.map((p) => `${s}/${p}`)), ...COMPETENCY_DIMENSIONS];
  const given = [...cellsOf(principles), ...consistency.map((c) => c.dimension)];
  return {
    missing: expected.filter((e) => !given.includes(e)),
    repeated: [...new Set(given.filter((g, i) => given.indexOf(g) !== i))],
  };
}

/** Form order: stages, then principles, then dimensions, whatever order the reviewer sent. */
export function inFormOrder<P extends { stage: ReviewStage; principle: ReviewPrinciple }, C extends { dimension: CompetencyDimension }>(
  principles: P[], consistency: C[],
): { principles: P[]; consistency: C[] } {
  const cell = (p: P) => REVIEW_STAGES.indexOf(p.stage) * REVIEW_PRINCIPLES.length + REVIEW_PRINCIPLES.indexOf(p.principle);
  return {
    principles: [...principles].sort((a, b) => cell(a) - cell(b)),
    consistency: [...consistency].sort((a, b) => COMPETENCY_DIMENSIONS.indexOf(a.dimension) - COMPETENCY_DIMENSIONS.indexOf(b.dimension)),
  };
}

/** How many cells of each table were not met: the review's headline. */
export function reviewSummary(principles: ReadonlyArray<{ met: boolean }>, consistency: ReadonlyArray<{ consistent: boolean }>) {
  return { principlesNotMet: principles.filter((p) => !p.met).length, dimensionsInconsistent: consistency.filter((c) => !c.consistent).length };
}
