import PgBoss from 'pg-boss';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The background-job tables (pg-boss) live in their own `pgboss` schema. They are
 * created here, with the SQL pg-boss publishes for its installed version, so that
 * the schema comes from migrations like every other table; pg-boss applies its
 * own upgrades when the package is upgraded.
 */
export class CreateJobQueueSchema1795353600000 implements MigrationInterface {
  name = 'CreateJobQueueSchema1795353600000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(PgBoss.getConstructionPlans('pgboss'));
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query('DROP SCHEMA pgboss CASCADE');
  }
}
