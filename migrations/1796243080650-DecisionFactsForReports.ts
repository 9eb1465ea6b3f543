import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keeps the facts reports and quality samples group decisions by on the decision itself: scheme, TUK, the
 * lead assessor who signed the recommendation, and the application's submission time. Existing decisions get
 * them from their assessment, recommendation and application; the immutability trigger is off for that one
 * backfill only, inside this migration's transaction.
 */
export class DecisionFactsForReports1796243080650 implements MigrationInterface {
  name = 'DecisionFactsForReports1796243080650';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "certification_decisions"
      ADD "scheme_id" uuid, ADD "scheme_code" character varying(100), ADD "tuk_name" character varying(200),
      ADD "assessor_user_id" uuid, ADD "application_submitted_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "certification_decisions" DISABLE TRIGGER certification_decisions_immutable`);
    await q.query(`
      UPDATE "certification_decisions" d
         SET scheme_id = a.scheme_id, scheme_code = a.scheme_code, tuk_name = a.tuk_name,
             assessor_user_id = coalesce(
               (SELECT r.signed_by_user_id FROM assessment_recommendations r
                 WHERE r.certification_body_id = d.certification_body_id AND r.assessment_id = d.assessment_id),
               (SELECT l.assessor_user_id FROM assessment_assessors l
                 WHERE l.certification_body_id = d.certification_body_id AND l.assessment_id = d.assessment_id AND l.role = 'lead'
                 ORDER BY l.active DESC, l.assigned_at DESC LIMIT 1)),
             application_submitted_at = (SELECT app.submitted_at FROM applications app
                                          WHERE app.certification_body_id = d.certification_body_id AND app.id = d.application_id)
        FROM assessments a
       WHERE a.certification_body_id = d.certification_body_id AND a.id = d.assessment_id`);
    await q.query(`ALTER TABLE "certification_decisions" ENABLE TRIGGER certification_decisions_immutable`);
    await q.query(`ALTER TABLE "certification_decisions"
      ALTER "scheme_id" SET NOT NULL, ALTER "scheme_code" SET NOT NULL, ALTER "tuk_name" SET NOT NULL, ALTER "assessor_user_id" SET NOT NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "certification_decisions"
      DROP COLUMN "application_submitted_at", DROP COLUMN "assessor_user_id", DROP COLUMN "tuk_name", DROP COLUMN "scheme_code", DROP COLUMN "scheme_id"`);
  }
}
