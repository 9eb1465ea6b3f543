/** FR.MAPA.01 plan rules. Pure: no Nest or TypeORM. */
import type { EvidenceType } from '../evidence/portfolio-item.entity.js';

/** Metode asesmen of FR.MAPA.01 section 2. */
export const ASSESSMENT_METHODS = [
  'observation', // observasi langsung
  'structured_activity', // kegiatan terstruktur
  'questioning', // tanya jawab
  'portfolio_verification', // verifikasi portofolio
  'product_review', // reviu produk
  'third_party_verification', // verifikasi pihak ketiga
] as const;
export type AssessmentMethod = (typeof ASSESSMENT_METHODS)[number];

export const CANDIDATE_CHARACTERISTICS = [
  'language_literacy_numeracy', 'reader_interpreter', 'adaptive_technology', 'fatigue_medication',
  'braille_audio_video', 'venue_access', 'age_gender', 'culture_religion',
] as const;
export type CandidateCharacteristic = (typeof CANDIDATE_CHARACTERISTICS)[number];

export interface PlannedCriterion { criterionId: string; evidenceTypes: EvidenceType[]; methods: AssessmentMethod[] }

/** KUK of the version without any planned method (the gate to start). */
export function uncoveredCriteria<T extends { id: string }>(all: readonly T[], planned: readonly PlannedCriterion[] | undefined): T[] {
  const covered = new Set((planned ?? []).filter((p) => p.methods.length).map((p) => p.criterionId));
  return all.filter((k) => !covered.has(k.id));
}

/** Planned KUK that are not in the version. */
export const foreignCriteria = (versionIds: ReadonlySet<string>, planned: readonly PlannedCriterion[]) =>
  planned.map((p) => p.criterionId).filter((id) => !versionIds.has(id));

/** A reasonable adjustment (FR.AK.07) changes methods, never the standard: the KUK set must stay the same. */
export function standardChanges(previous: readonly PlannedCriterion[], next: readonly PlannedCriterion[]): { added: string[]; removed: string[] } {
  const before = new Set(previous.map((p) => p.criterionId));
  const after = new Set(next.map((p) => p.criterionId));
  return { added: [...after].filter((id) => !before.has(id)), removed: [...before].filter((id) => !after.has(id)) };
}

/** Every method the plan uses (for the consent form). */
export const plannedMethods = (planned: readonly PlannedCriterion[]): AssessmentMethod[] =>
  ASSESSMENT_METHODS.filter((m) => planned.some((p) => p.methods.includes(m)));
