import { rm } from 'node:fs/promises';
import pg from 'pg';

export default async function globalTeardown() {
  const db = globalThis.__kompetenTestDb;
  if (!db) return;
  const client = new pg.Client({ connectionString: db.adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${db.template} WITH (FORCE)`).catch(() => undefined);
  await client.end();
  await db.server?.stop();
  if (db.dir) await rm(db.dir, { recursive: true, force: true });
}
