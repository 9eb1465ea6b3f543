import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD } from '../../src/seed/demo-seed.service.js';
import { ApiProcess } from '../utils/api-process.js';
import { freePort } from '../utils/free-port.js';
import { adminQuery, uniqueName, withDatabase } from '../utils/test-database.js';

const TIMEOUT = 180_000;

/** What a newcomer gets from `npm start`: the compiled API as a child process. */
describe('start-up (e2e)', () => {
  const baseEnv = () => {
    const env: Record<string, string | undefined> = { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'info' };
    delete env.DATABASE_URL;
    return env;
  };

  async function signIn(base: string, email: string): Promise<string> {
    const res = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { accessToken: string }).accessToken;
  }

  async function bodyCodes(base: string): Promise<string[]> {
    const token = await signIn(base, 'platform@kompeten.local');
    const res = await fetch(`${base}/certification-bodies`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    return ((await res.json()) as Array<{ code: string }>).map((b) => b.code);
  }

  describe('without DATABASE_URL', () => {
    let dataDir: string;
    let env: Record<string, string | undefined>;
    let base: string;
    beforeAll(async () => {
      dataDir = await mkdtemp(join(tmpdir(), 'kompeten-start-'));
      await chmod(dataDir, 0o755); // as root the embedded server runs as `postgres` and must enter the folder
      const port = await freePort();
      base = `http://127.0.0.1:${port}`;
      env = { ...baseEnv(), PORT: String(port), EMBEDDED_PG_PORT: String(await freePort()), DATA_DIR: dataDir };
    });
    afterAll(() => rm(dataDir, { recursive: true, force: true }));

    async function startStop(check: () => Promise<void>): Promise<ApiProcess> {
      const api = new ApiProcess(env);
      try {
        await api.waitForOk(`${base}/health/ready`, 120_000);
        await check();
      } finally {
        expect(await api.stop()).toBe(0);
      }
      return api;
    }

    it('starts an embedded PostgreSQL, seeds demo data, logs readyMs and stops cleanly', async () => {
      const api = await startStop(async () => {
        await signIn(base, 'admin@lsp-demo.id');
        expect(await bodyCodes(base)).toEqual(['LSP-DEMO']);
      });
      const ready = api.logLines.find((l) => typeof l.readyMs === 'number');
      expect(ready).toMatchObject({ database: 'embedded', msg: expect.stringMatching(/ready in \d+ ms/) });
      expect(api.log).toMatch(/admin@lsp-demo\.id/);
      expect(api.log).toMatch(/applied migrations/);
      expect(existsSync(join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);
      expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    }, TIMEOUT);

    it('reuses the data of the previous start', async () => {
      const api = await startStop(async () => {
        await signIn(base, 'admin@lsp-demo.id');
        expect(await bodyCodes(base)).toEqual(['LSP-DEMO']);
      });
      expect(api.log).not.toMatch(/applied migrations/);
      expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    }, TIMEOUT);
  });

  describe('with DATABASE_URL', () => {
    const adminUrl = process.env.KOMPETEN_TEST_ADMIN_URL!;
    const database = uniqueName('kompeten_start');
    let dataDir: string;
    beforeAll(async () => {
      dataDir = await mkdtemp(join(tmpdir(), 'kompeten-external-'));
      await adminQuery(adminUrl, `CREATE DATABASE ${database}`);
    });
    afterAll(async () => {
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await rm(dataDir, { recursive: true, force: true });
    });

    it('uses that server, migrates it and never starts an embedded one', async () => {
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      const api = new ApiProcess({
        ...baseEnv(),
        DATABASE_URL: withDatabase(adminUrl, database),
        PORT: String(port),
        EMBEDDED_PG_PORT: String(await freePort()),
        DATA_DIR: dataDir,
      });
      try {
        await api.waitForOk(`${base}/health/ready`, 60_000);
        expect(await bodyCodes(base)).toEqual(['LSP-DEMO']);
      } finally {
        expect(await api.stop()).toBe(0);
      }
      expect(api.logLines.find((l) => typeof l.readyMs === 'number')).toMatchObject({ database: 'external' });
      expect(existsSync(join(dataDir, 'postgres'))).toBe(false);
    }, TIMEOUT);
  });
});
