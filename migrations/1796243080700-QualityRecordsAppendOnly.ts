import type { MigrationInterface, QueryRunner } from 'typeorm';

const APPEND_ONLY = ['quality_samples', 'quality_sample_items', 'quality_reviews'];

/**
 * Samples and FR.AK.06 reviews are evidence of the body's quality assurance: the
 * database refuses to rewrite them (a correction is a new review row). Reuses the
 * trigger function of CertificationRecordsImmutable.
 */
export class QualityRecordsAppendOnly1796243080700 implements MigrationInterface {
  name = 'QualityRecordsAppendOnly1796243080700';

  public async up(q: QueryRunner): Promise<void> {
    for (const table of APPEND_ONLY) {
      await q.query(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION certification_records_append_only()`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of [...APPEND_ONLY].reverse()) await q.query(`DROP TRIGGER ${table}_append_only ON ${table}`);
  }
}
