import pg from 'pg';
import { coverageRows } from '../../src/coverage/coverage.query.js';
import { measure, withProcessStats } from '../lib/load.js';
import { signIn } from '../lib/observation-plan.js';
import { sqlLatency } from '../lib/sql-latency.js';
import type { Scenario } from '../lib/types.js';

const TARGET_P95_MS = 15;

/**
 * Scenario 2: GET /assessments/:id/coverage of the seeded assessment with 80 KUK and ~200 evidence records
 * (observations, corrections superseding them, questions), c=16, as an admin of the body.
 * Baseline (for reference; the target is a latency): the same coverage query alone with node-postgres, c=16.
 */
export const coverageMatrix: Scenario = {
  id: '2-coverage-matrix',
  title: 'Coverage matrix, 80 KUK / ~200 records (c=16)',
  async run(ctx) {
    const f = ctx.seed.fixtures!;
    const admin = await signIn(ctx.apiUrl, ctx.seed.adminEmail, ctx.seed.password);
    const check = await fetch(`${ctx.apiUrl}/assessments/${f.coverageAssessmentId}/coverage`, { headers: { authorization: `Bearer ${admin.accessToken}` } });
    if (!check.ok) throw new Error(`coverage answered ${check.status}: ${await check.text()}`);
    const seconds = ctx.quick ? 5 : 15;
    const reps = ctx.quick ? 2 : 3;
    const [api, cpu] = await withProcessStats(ctx.apiPid, () => measure({
      url: `${ctx.apiUrl}/assessments/${f.coverageAssessmentId}/coverage`, headers: { authorization: `Bearer ${admin.accessToken}` },
      connections: 16, seconds,
    }, reps));
    const versionId = await versionOf(ctx.databaseUrl, ctx.seed.bigBodyId, f.coverageAssessmentId);
    const sql = await sqlLatency(ctx.databaseUrl, 16, seconds, (em) => coverageRows(em, ctx.seed.bigBodyId, f.coverageAssessmentId, versionId));
    return {
      id: this.id,
      title: this.title,
      unit: 'ms p95',
      value: api.p95,
      baseline: { title: 'the coverage SQL alone, pg c=16, p95 ms', value: sql.p95 },
      ratio: Math.round((sql.p95 / api.p95) * 100) / 100,
      target: `p95 ≤ ${TARGET_P95_MS} ms`,
      met: api.p95 <= TARGET_P95_MS,
      details: { records: f.coverageRecords, api: { rps: Math.round(api.requestsPerSec), p50: api.p50, p95: api.p95, p99: api.p99, errors: api.errors + api.non2xx },
        server: cpu, sql },
    };
  },
};

async function versionOf(databaseUrl: string, bodyId: string, assessmentId: string): Promise<string> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const { rows: [r] } = await c.query('SELECT scheme_version_id FROM assessments WHERE certification_body_id = $1 AND id = $2', [bodyId, assessmentId]);
    return r.scheme_version_id;
  } finally {
    await c.end();
  }
}
