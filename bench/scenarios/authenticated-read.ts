import { createServer, type Server } from 'node:http';
import pg from 'pg';
import { freePort } from '../lib/api.js';
import { measure, withProcessStats } from '../lib/load.js';
import type { Scenario } from '../lib/types.js';

/**
 * Extra scenario: GET /me through the whole stack (JWT, session and membership
 * check, permission guard, logging) against a bare node:http server running the
 * same two indexed queries with node-postgres. Shows the framework's per-request cost.
 */
export const authenticatedRead: Scenario = {
  id: '0-authenticated-read',
  title: 'Authenticated read GET /me (c=16)',
  async run(ctx) {
    const login = await fetch(`${ctx.apiUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: ctx.seed.adminEmail, password: ctx.seed.password }),
    }).then((r) => r.json() as Promise<{ accessToken: string }>);
    const seconds = ctx.quick ? 5 : 15;
    const reps = ctx.quick ? 2 : 3;
    const [api, cpu] = await withProcessStats(ctx.apiPid, () =>
      measure({ url: `${ctx.apiUrl}/me`, headers: { authorization: `Bearer ${login.accessToken}` }, connections: 16, seconds }, reps),
    );
    const sessionId = JSON.parse(Buffer.from(login.accessToken.split('.')[1], 'base64url').toString()).sid;
    const baseline = await startBaseline(ctx.databaseUrl, sessionId);
    try {
      const base = await measure({ url: baseline.url, connections: 16, seconds }, reps);
      const ratio = api.requestsPerSec / base.requestsPerSec;
      return {
        id: this.id,
        title: this.title,
        unit: 'req/s',
        value: Math.round(api.requestsPerSec),
        baseline: { title: 'node:http + pg, same queries', value: Math.round(base.requestsPerSec) },
        ratio: Math.round(ratio * 100) / 100,
        target: 'informational',
        details: { api: { p50: api.p50, p95: api.p95, p99: api.p99, errors: api.errors + api.non2xx }, server: cpu,
          baseline: { p50: base.p50, p95: base.p95, p99: base.p99 } },
      };
    } finally {
      await baseline.stop();
    }
  },
};

async function startBaseline(databaseUrl: string, sessionId: string): Promise<{ url: string; stop(): Promise<void> }> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const server: Server = createServer(async (_req, res) => {
    try {
      await answer(res);
    } catch {
      res.statusCode = 500;
      res.end();
    }
  });
  const answer = async (res: import('node:http').ServerResponse) => {
    const s = await pool.query(
      `SELECT s.user_id, s.revoked_at, m.roles FROM auth_sessions s
         LEFT JOIN memberships m ON m.user_id = s.user_id AND m.certification_body_id = s.certification_body_id
        WHERE s.id = $1`,
      [sessionId],
    );
    const u = await pool.query('SELECT id, email, full_name FROM users WHERE id = $1', [s.rows[0].user_id]);
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(u.rows[0]));
  };
  const port = await freePort();
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${port}/`,
    async stop() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await pool.end();
    },
  };
}
