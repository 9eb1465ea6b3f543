/** FR.AK.03 Umpan Balik dan Catatan Asesmen: the ten statements, answered Ya / Tidak. */
export const FEEDBACK_STATEMENTS = [
  'Saya mendapatkan penjelasan yang cukup memadai mengenai proses asesmen/uji kompetensi',
  'Saya diberikan kesempatan untuk mempelajari standar kompetensi dan menilai diri sendiri',
  'Asesor memberikan kesempatan untuk mendiskusikan/menegosiasikan metoda, instrumen, sumber dan jadwal asesmen',
  'Asesor berusaha menggali seluruh bukti pendukung yang sesuai dengan latar belakang pelatihan dan pengalaman saya',
  'Saya sepenuhnya diberikan kesempatan untuk mendemonstrasikan kompetensi yang saya miliki selama asesmen',
  'Saya mendapatkan penjelasan yang memadai mengenai keputusan asesmen',
  'Asesor memberikan umpan balik yang mendukung setelah asesmen serta tindak lanjutnya',
  'Asesor bersama saya mempelajari semua dokumen asesmen serta menandatanganinya',
  'Saya mendapatkan jaminan kerahasiaan hasil asesmen serta penjelasan penanganan dokumen asesmen',
  'Asesor menggunakan keterampilan komunikasi yang efektif selama asesmen',
] as const;

export interface FeedbackAnswer { statement: number; agree: boolean; comment: string }

/** Statement numbers (1–10) missing from or repeated in the answers. */
export function answerProblems(answers: ReadonlyArray<{ statement: number }>): { missing: number[]; repeated: number[] } {
  const given = answers.map((a) => a.statement);
  return {
    missing: FEEDBACK_STATEMENTS.map((_, i) => i + 1).filter((n) => !given.includes(n)),
    repeated: given.filter((n, i) => given.indexOf(n) !== i),
  };
}
