/**
 * Code of ethics items and the impartiality gate (DOMAIN.md §8). Pure: no Nest or TypeORM.
 */
export interface EthicsItem { number: number; text: string }

/** BNSP Kode Etik Asesor Kompetensi (Keputusan Ketua BNSP No. 1224/BNSP/VII/2020), points 1–8: every body's first version. */
export const BNSP_ASSESSOR_CODE: readonly EthicsItem[] = [
  { number: 1, text: 'Setia kepada NKRI, menjunjung tinggi Pancasila dan UUD 1945 dalam melaksanakan tugas' },
  { number: 2, text: 'Melaksanakan kebijakan yang ditetapkan BNSP dan LSP tempat asesor bertugas' },
  { number: 3, text: 'Melaksanakan asesmen dengan kualitas terbaik, untuk peningkatan asesi, dengan sungguh-sungguh dan bertanggung jawab' },
  { number: 4, text: 'Berpakaian resmi, rapi, sederhana dan sopan; selalu memakai tanda pengenal resmi' },
  { number: 5, text: 'Berdedikasi, jujur, empati, santun, disiplin, bertanggung jawab dan berintegritas tinggi' },
  { number: 6, text: 'Melaksanakan asesmen sesuai prinsip asesmen: valid, reliabel, fleksibel dan adil' },
  { number: 7, text: 'Sebelum asesmen, memberitahukan kepada pemberi tugas setiap hubungan dengan orang atau institusi yang akan diases' },
  { number: 8, text: 'Tidak menerima gratifikasi dalam bentuk apa pun' },
];

/** Relationship with the candidate or their institution (Pernyataan Ketidakberpihakan dan Benturan Kepentingan). */
export const DECLARED_RELATIONSHIPS = ['none', 'family', 'employer_subordinate', 'trainer_trainee', 'business', 'other'] as const;
export type DeclaredRelationship = (typeof DECLARED_RELATIONSHIPS)[number];

export interface Declaration { assessorUserId: string; relationship: DeclaredRelationship; giftsAccepted: boolean }
export interface EthicsGate {
  /** Assigned assessors who have not affirmed yet. */
  missingAffirmations: string[];
  /** Declared relationships or gifts: the assessment stays blocked until an admin reassigns. */
  conflicts: Declaration[];
}

/** Whether the active team lets the assessment become ready. */
export function ethicsGate(activeAssessorIds: readonly string[], declarations: readonly Declaration[]): EthicsGate {
  const byAssessor = new Map(declarations.map((d) => [d.assessorUserId, d]));
  return {
    missingAffirmations: activeAssessorIds.filter((id) => !byAssessor.has(id)),
    conflicts: activeAssessorIds.map((id) => byAssessor.get(id)).filter((d): d is Declaration => !!d && isConflict(d)),
  };
}

export const isConflict = (d: Pick<Declaration, 'relationship' | 'giftsAccepted'>) => d.relationship !== 'none' || d.giftsAccepted;
export const gatePasses = (g: EthicsGate) => !g.missingAffirmations.length && !g.conflicts.length;

/** Item numbers of the version that the answers do not affirm. */
export function unaffirmedItems(items: readonly EthicsItem[], affirmed: readonly number[]): number[] {
  const yes = new Set(affirmed);
  return items.map((i) => i.number).filter((n) => !yes.has(n));
}
