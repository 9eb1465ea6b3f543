import type { DataSource } from 'typeorm';
import type { INestApplication } from '@nestjs/common';
import { AuditService } from '../../src/audit/audit.service.js';

/** Appends `n` entries to a body's chain through the real service, one transaction each. */
export async function appendEntries(app: INestApplication, db: DataSource, bodyId: string, n: number, action = 'test.appended') {
  const audit = app.get(AuditService);
  for (let i = 0; i < n; i++) {
    await db.transaction((em) =>
      audit.record(em, { bodyId, actor: null, action, entityType: 'test', entityId: `e-${i}`, payload: { i, note: `isi ${i}` } }),
    );
  }
}

/**
 * Runs SQL with the append-only triggers off, as a database superuser could:
 * what the chain verification must then detect.
 */
export async function tamper(db: DataSource, sql: string, params: unknown[] = []): Promise<void> {
  await db.transaction(async (em) => {
    await em.query(`ALTER TABLE audit_entries DISABLE TRIGGER USER`);
    await em.query(`ALTER TABLE audit_anchors DISABLE TRIGGER USER`);
    await em.query(sql, params);
    await em.query(`ALTER TABLE audit_entries ENABLE TRIGGER USER`);
    await em.query(`ALTER TABLE audit_anchors ENABLE TRIGGER USER`);
  });
}
