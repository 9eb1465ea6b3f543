import { createServer, type Server } from 'node:http';
import pg from 'pg';
import { freePort } from '../lib/api.js';
import { measure, withProcessStats } from '../lib/load.js';
import type { Scenario } from '../lib/types.js';

const SELECT = `SELECT c.certification_body_id, c.id, c.holder_name, c.scheme_code, c.scheme_title_id, c.scheme_title_en, c.units,
  c.issued_on::text AS issued_on, c.expires_on::text AS expires_on, c.status, b.name AS body_name, b.license_number
  FROM certificates c JOIN certification_bodies b ON b.id = c.certification_body_id WHERE c.verification_code = $1`;

/**
 * Scenario 4: GET /public/verify/:code (no login; per-address rate limit; read replica path; counted),
 * c=32, over many certificates and client addresses. Baseline: a bare node:http server running the same
 * single indexed query with node-postgres.
 */
export const publicVerification: Scenario = {
  id: '4-public-verification',
  title: 'Public certificate verification by code (c=32)',
  async run(ctx) {
    const codes = await seedCertificates(ctx.databaseUrl, ctx.seed.bigBodyId, ctx.quick ? 2_000 : 50_000);
    // a sample of the codes goes to the load worker
    const paths = codes.slice(0, 5_000).map((c) => `/public/verify/${c}`);
    const seconds = ctx.quick ? 5 : 15;
    const reps = ctx.quick ? 2 : 3;
    const probe = await fetch(`${ctx.apiUrl}${paths[0]}`);
    if (!probe.ok) throw new Error(`verification answered ${probe.status}`);
    const [api, cpu] = await withProcessStats(ctx.apiPid, () =>
      measure({ url: ctx.apiUrl, connections: 32, seconds, cycle: { paths } }, reps));
    const baseline = await startBaseline(ctx.databaseUrl);
    try {
      const base = await measure({ url: baseline.url, connections: 32, seconds, cycle: { paths } }, reps);
      const ratio = Math.round((api.requestsPerSec / base.requestsPerSec) * 100) / 100;
      return {
        id: this.id,
        title: this.title,
        unit: 'req/s',
        value: Math.round(api.requestsPerSec),
        baseline: { title: 'node:http + pg, same query', value: Math.round(base.requestsPerSec) },
        ratio,
        target: 'ratio ≥ 0.6',
        met: ratio >= 0.6,
        details: { certificates: codes.length, api: { p50: api.p50, p95: api.p95, p99: api.p99, errors: api.errors + api.non2xx }, server: cpu,
          baseline: { p50: base.p50, p95: base.p95, p99: base.p99 } },
      };
    } finally {
      await baseline.stop();
    }
  },
};

/** Set-based: an active certificate for `n` K decisions of the body (seeded with the assessments); returns their codes. */
async function seedCertificates(url: string, bodyId: string, n: number): Promise<string[]> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    await db.query(
      `WITH decided AS (
         SELECT d.* FROM certification_decisions d
          WHERE d.certification_body_id = $1 AND d.outcome = 'K'
            AND NOT EXISTS (SELECT 1 FROM certificates c WHERE c.certification_body_id = d.certification_body_id AND c.decision_id = d.id)
          LIMIT $2)
       INSERT INTO certificates (certification_body_id, decision_id, assessment_id, application_id, certificate_number, registration_number,
         holder_user_id, holder_name, scheme_id, scheme_version_id, scheme_code, scheme_title_id, scheme_title_en, units,
         issued_on, expires_on, surveillance_due_dates, next_surveillance_on, status, verification_code)
       SELECT d.certification_body_id, d.id, d.assessment_id, d.application_id, 'BENCH/' || d.id, 'REG/' || d.id,
         d.candidate_user_id, u.full_name, a.scheme_id, a.scheme_version_id, a.scheme_code, s.title_id, s.title_en,
         (SELECT coalesce(jsonb_agg(jsonb_build_object('code', su.code, 'titleId', su.title_id, 'titleEn', su.title_en) ORDER BY su.position), '[]')
            FROM scheme_units su WHERE su.certification_body_id = a.certification_body_id AND su.scheme_version_id = a.scheme_version_id),
         current_date, current_date + 1095, ARRAY[current_date + 365, current_date + 730], current_date + 365, 'active',
         md5(d.id::text || 'bench') || substr(md5(d.assessment_id::text), 1, 8)
       FROM decided d
       JOIN assessments a ON a.certification_body_id = d.certification_body_id AND a.id = d.assessment_id
       JOIN users u ON u.id = d.candidate_user_id
       JOIN schemes s ON s.certification_body_id = a.certification_body_id AND s.id = a.scheme_id`,
      [bodyId, n],
    );
    const { rows } = await db.query(`SELECT verification_code FROM certificates WHERE certification_body_id = $1 LIMIT $2`, [bodyId, n]);
    await db.query('ANALYZE certificates');
    return rows.map((r) => r.verification_code);
  } finally {
    await db.end();
  }
}

async function startBaseline(databaseUrl: string): Promise<{ url: string; stop(): Promise<void> }> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const server: Server = createServer(async (req, res) => {
    try {
      const code = (req.url ?? '').split('/').pop();
      const { rows } = await pool.query(SELECT, [code]);
      res.statusCode = rows.length ? 200 : 404;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(rows[0] ?? {}));
    } catch {
      res.statusCode = 500;
      res.end();
    }
  });
  const port = await freePort();
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await pool.end();
    },
  };
}
