import type { MigrationInterface, QueryRunner } from 'typeorm';

const APPEND_ONLY = ['certificate_status_changes', 'issued_documents'];

/** Certificate columns that may change after issue: lifecycle status, surveillance progress, the public counter. */
const CERTIFICATE_MUTABLE = ['status', 'next_surveillance_on', 'surveillance_due_dates', 'verification_count', 'updated_at'];

/**
 * Decisions, certificates as issued, status changes and issued documents are
 * evidence: the database refuses to rewrite them (like audit_entries). The one
 * later fact on a decision, an appeal granting a reassessment, may be set once.
 */
export class CertificationRecordsImmutable1795357633200 implements MigrationInterface {
  name = 'CertificationRecordsImmutable1795357633200';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION certification_decisions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.reassessment_granted_by_appeal_id IS NULL
           AND (to_jsonb(NEW) - 'reassessment_granted_by_appeal_id') = (to_jsonb(OLD) - 'reassessment_granted_by_appeal_id') THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'certification_decisions is immutable: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER certification_decisions_immutable BEFORE UPDATE OR DELETE ON certification_decisions
      FOR EACH ROW EXECUTE FUNCTION certification_decisions_immutable()`);

    await q.query(`
      CREATE FUNCTION certificates_issued_fields_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE mutable text[] := ARRAY['${CERTIFICATE_MUTABLE.join("','")}'];
      BEGIN
        IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) - mutable) = (to_jsonb(OLD) - mutable) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'certificates: the issued fields are immutable (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER certificates_issued_fields_immutable BEFORE UPDATE OR DELETE ON certificates
      FOR EACH ROW EXECUTE FUNCTION certificates_issued_fields_immutable()`);

    await q.query(`
      CREATE FUNCTION certification_records_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of APPEND_ONLY) {
      await q.query(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION certification_records_append_only()`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of APPEND_ONLY) await q.query(`DROP TRIGGER ${table}_append_only ON ${table}`);
    await q.query(`DROP FUNCTION certification_records_append_only()`);
    await q.query(`DROP TRIGGER certificates_issued_fields_immutable ON certificates`);
    await q.query(`DROP FUNCTION certificates_issued_fields_immutable()`);
    await q.query(`DROP TRIGGER certification_decisions_immutable ON certification_decisions`);
    await q.query(`DROP FUNCTION certification_decisions_immutable()`);
  }
}
