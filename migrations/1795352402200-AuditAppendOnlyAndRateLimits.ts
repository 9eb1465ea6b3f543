import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The database itself refuses to rewrite history: UPDATE, DELETE and TRUNCATE
 * on audit_entries raise an error whatever the application does. Also creates
 * the table rate-limiter-flexible uses for counters shared by all API processes.
 */
export class AuditAppendOnlyAndRateLimits1795352402200 implements MigrationInterface {
  name = 'AuditAppendOnlyAndRateLimits1795352402200';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_entries is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_entries_no_update_delete BEFORE UPDATE OR DELETE ON audit_entries
      FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only()`);
    await q.query(`
      CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
      FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only()`);
    await q.query(`
      CREATE TABLE rate_limits (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rate_limits`);
    await q.query(`DROP TRIGGER audit_entries_no_truncate ON audit_entries`);
    await q.query(`DROP TRIGGER audit_entries_no_update_delete ON audit_entries`);
    await q.query(`DROP FUNCTION audit_entries_append_only()`);
  }
}
