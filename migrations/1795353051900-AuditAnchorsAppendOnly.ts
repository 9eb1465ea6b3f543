import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Anchors are evidence like the entries they sign: the database refuses UPDATE, DELETE and TRUNCATE. */
export class AuditAnchorsAppendOnly1795353051900 implements MigrationInterface {
  name = 'AuditAnchorsAppendOnly1795353051900';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION audit_anchors_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_anchors is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_anchors_no_update_delete BEFORE UPDATE OR DELETE ON audit_anchors
      FOR EACH ROW EXECUTE FUNCTION audit_anchors_append_only()`);
    await q.query(`
      CREATE TRIGGER audit_anchors_no_truncate BEFORE TRUNCATE ON audit_anchors
      FOR EACH STATEMENT EXECUTE FUNCTION audit_anchors_append_only()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER audit_anchors_no_truncate ON audit_anchors`);
    await q.query(`DROP TRIGGER audit_anchors_no_update_delete ON audit_anchors`);
    await q.query(`DROP FUNCTION audit_anchors_append_only()`);
  }
}
