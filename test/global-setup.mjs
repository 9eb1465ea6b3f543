// Plain ESM (Jest loads global setup outside its module system): it uses the
// compiled code in dist/, which `npm test` builds first.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../dist/src/database/embedded-postgres.js';

const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

async function adminQuery(url, sql) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Migrates a template database once per run; each test file clones it
 * (test/utils/create-test-app.ts). DATABASE_URL when set, otherwise an embedded
 * PostgreSQL in a throwaway folder on a free port.
 */
export default async function globalSetup() {
  let server;
  let dir;
  let adminUrl = process.env.DATABASE_URL;
  if (adminUrl) {
    const host = new URL(adminUrl).hostname;
    if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host)) {
      throw new Error(`Refusing to run tests against non-loopback database host ${host}`);
    }
  } else {
    dir = await mkdtemp(join(tmpdir(), 'kompeten-test-'));
    // As root the server runs as the `postgres` user, which must be able to enter the folder.
    await chmod(dir, 0o755);
    server = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), port: await freePort(), database: 'postgres', ephemeral: true });
    adminUrl = server.url;
  }
  const template = `kompeten_tpl_${process.pid}_${randomBytes(4).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${template}`);
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${template}`;
  execFileSync(process.execPath, ['dist/src/database/cli.js', 'migrate'], {
    env: { ...process.env, DATABASE_URL: templateUrl.toString() },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  globalThis.__kompetenTestDb = { server, dir, adminUrl, template };
  process.env.KOMPETEN_TEST_ADMIN_URL = adminUrl;
  process.env.KOMPETEN_TEST_TEMPLATE = template;
}
