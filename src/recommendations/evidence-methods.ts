/** Evidence columns of FR.AK.02 (Rekaman Asesmen Kompetensi), per unit. */
export const EVIDENCE_METHODS = [
  'observation', // Observasi demonstrasi
  'portfolio', // Portofolio
  'third_party', // Pernyataan pihak ketiga / pertanyaan wawancara
  'oral_questions', // Pertanyaan lisan
  'written_questions', // Pertanyaan tertulis
  'work_project', // Proyek kerja
  'other', // Lainnya
] as const;
export type EvidenceMethod = (typeof EVIDENCE_METHODS)[number];

export const OUTCOMES = ['K', 'BK'] as const;
/** Kompeten / Belum Kompeten. */
export type Outcome = (typeof OUTCOMES)[number];
