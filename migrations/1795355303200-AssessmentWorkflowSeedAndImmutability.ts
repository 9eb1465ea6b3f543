import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The BNSP assessor code (DOMAIN.md §8.1, points 1–8) as version 1, frozen here as it was seeded. */
const BNSP_CODE = '[{"number":1,"text":"Setia kepada NKRI, menjunjung tinggi Pancasila dan UUD 1945 dalam melaksanakan tugas"},{"number":2,"text":"Melaksanakan kebijakan yang ditetapkan BNSP dan LSP tempat asesor bertugas"},{"number":3,"text":"Melaksanakan asesmen dengan kualitas terbaik, untuk peningkatan asesi, dengan sungguh-sungguh dan bertanggung jawab"},{"number":4,"text":"Berpakaian resmi, rapi, sederhana dan sopan; selalu memakai tanda pengenal resmi"},{"number":5,"text":"Berdedikasi, jujur, empati, santun, disiplin, bertanggung jawab dan berintegritas tinggi"},{"number":6,"text":"Melaksanakan asesmen sesuai prinsip asesmen: valid, reliabel, fleksibel dan adil"},{"number":7,"text":"Sebelum asesmen, memberitahukan kepada pemberi tugas setiap hubungan dengan orang atau institusi yang akan diases"},{"number":8,"text":"Tidak menerima gratifikasi dalam bentuk apa pun"}]';

const IMMUTABLE = ['ethics_affirmations', 'consent_confirmations', 'assessment_evidence_records', 'assessment_feedback'];

/**
 * Every existing body gets version 1 of the code of ethics; records that are
 * evidence (affirmations, consent, judgements, feedback) refuse UPDATE and
 * DELETE in the database itself: corrections are new rows.
 */
export class AssessmentWorkflowSeedAndImmutability1795355303200 implements MigrationInterface {
  name = 'AssessmentWorkflowSeedAndImmutability1795355303200';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `INSERT INTO code_of_ethics_versions (certification_body_id, version, items)
       SELECT id, 1, $1::jsonb FROM certification_bodies ON CONFLICT DO NOTHING`,
      [BNSP_CODE],
    );
    await q.query(`
      CREATE FUNCTION assessment_records_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is immutable: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of IMMUTABLE) {
      await q.query(`CREATE TRIGGER ${table}_immutable BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION assessment_records_immutable()`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of IMMUTABLE) await q.query(`DROP TRIGGER ${table}_immutable ON ${table}`);
    await q.query(`DROP FUNCTION assessment_records_immutable()`);
    await q.query(`DELETE FROM code_of_ethics_versions WHERE version = 1 AND published_by_user_id IS NULL`);
  }
}
