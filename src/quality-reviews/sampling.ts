import { createHash } from 'node:crypto';

/** One decided assessment of the population, with the values it is stratified by. */
export interface SampleCandidate { assessmentId: string; schemeId: string; assessorUserId: string; period: string }
export const STRATA = ['scheme', 'assessor', 'period'] as const;
export type Stratum = (typeof STRATA)[number];
export interface SampleParams { seed: string; size?: number; stratifyBy: Stratum[]; minPerAssessor?: boolean }
export interface SampledItem extends SampleCandidate { stratum: string; rank: string; reason: 'allocation' | 'min_per_assessor' }

/**
 * Each candidate's place in the seeded random order: SHA-256 of seed and id. The
 * order depends only on the seed and the population, never on how rows were read,
 * so the same seed over the same data always gives the same sample.
 */
export const seededRank = (seed: string, assessmentId: string) => createHash('sha256').update(`${seed}\n${assessmentId}`).digest('hex');

const keyOf = (c: SampleCandidate, by: Stratum[]) =>
  by.map((s) => (s === 'scheme' ? c.schemeId : s === 'assessor' ? c.assessorUserId : c.period)).join('|') || 'all';
const byRank = (a: { rank: string; assessmentId: string }, b: { rank: string; assessmentId: string }) =>
  a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : a.assessmentId < b.assessmentId ? -1 : 1;

/** Default size: 10 % of the population, at least one (when there is any). */
export const defaultSampleSize = (population: number) => Math.min(population, Math.max(1, Math.ceil(population / 10)));

/**
 * Stratified random sample: proportional allocation by largest remainder (ties by
 * stratum key), the lowest ranks within each stratum; with `minPerAssessor`, every
 * assessor of the population without a sampled assessment adds their lowest-ranked one.
 */
export function drawSample(population: SampleCandidate[], p: SampleParams): SampledItem[] {
  const ranked = population.map((c) => ({ ...c, stratum: keyOf(c, p.stratifyBy), rank: seededRank(p.seed, c.assessmentId) })).sort(byRank);
  const size = Math.min(p.size ?? defaultSampleSize(ranked.length), ranked.length);
  const strata = new Map<string, typeof ranked>();
  for (const c of ranked) strata.set(c.stratum, [...(strata.get(c.stratum) ?? []), c]);
  const quotas = [...strata.entries()].map(([key, rows]) => {
    const exact = (size * rows.length) / ranked.length;
    return { key, rows, take: Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  let left = size - quotas.reduce((n, q) => n + q.take, 0);
  for (const q of [...quotas].sort((a, b) => b.remainder - a.remainder || (a.key < b.key ? -1 : 1))) {
    if (left <= 0) break;
    if (q.take < q.rows.length) { q.take += 1; left -= 1; }
  }
  const picked: SampledItem[] = quotas.flatMap((q) => q.rows.slice(0, q.take).map((c) => ({ ...c, reason: 'allocation' as const })));
  if (p.minPerAssessor) {
    const covered = new Set(picked.map((c) => c.assessorUserId));
    for (const c of ranked) {
      if (covered.has(c.assessorUserId)) continue;
      covered.add(c.assessorUserId);
      picked.push({ ...c, reason: 'min_per_assessor' });
    }
  }
  return picked.sort(byRank);
}
