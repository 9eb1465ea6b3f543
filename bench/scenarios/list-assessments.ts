import pg from 'pg';
import { encodeTimeCursor } from '../../src/common/pagination/keyset-cursor.js';
import { measure } from '../lib/load.js';
import { signIn } from '../lib/observation-plan.js';
import type { Scenario } from '../lib/types.js';

const FILTER = 'status=decided';
const LIMIT = 20;

/**
 * Scenario 3: GET /assessments?status=decided (sorted by scheduledAt, id) as an admin of the big body, c=16:
 * the first page and the last page, whose keyset cursor is built from the row before it (found with SQL, in
 * the API's cursor format) — as deep as the filter allows (~70 % of the body's assessments).
 * Also in details: the same without a filter (the whole body deep).
 */
export const listAssessments: Scenario = {
  id: '3-list-assessments',
  title: `List assessments ?${FILTER}, first vs last page (c=16)`,
  async run(ctx) {
    const admin = await signIn(ctx.apiUrl, ctx.seed.adminEmail, ctx.seed.password);
    const headers = { authorization: `Bearer ${admin.accessToken}` };
    const seconds = ctx.quick ? 4 : 10;
    const reps = ctx.quick ? 2 : 3;
    const filtered = await deepCursor(ctx.databaseUrl, ctx.seed.bigBodyId, `status = 'decided'`);
    const all = await deepCursor(ctx.databaseUrl, ctx.seed.bigBodyId, 'true');
    const page = async (query: string) => {
      const url = `${ctx.apiUrl}/assessments?${query}`;
      const res = await fetch(url, { headers });
      const body = (await res.json()) as { items?: unknown[] };
      if (!res.ok || body.items?.length !== LIMIT) throw new Error(`${url} answered ${res.status} with ${body.items?.length} items`);
      return measure({ url, headers, connections: 16, seconds }, reps);
    };
    const first = await page(`${FILTER}&limit=${LIMIT}`);
    const deep = await page(`${FILTER}&limit=${LIMIT}&cursor=${filtered.cursor}`);
    const firstAll = await page(`limit=${LIMIT}`);
    const deepAll = await page(`limit=${LIMIT}&cursor=${all.cursor}`);
    const ratio = deep.p95 / first.p95;
    const stats = (s: typeof first) => ({ rps: Math.round(s.requestsPerSec), p50: s.p50, p95: s.p95, p99: s.p99, errors: s.errors + s.non2xx });
    return {
      id: this.id,
      title: this.title,
      unit: `ms p95 (${filtered.depth.toLocaleString('en')} rows deep)`,
      value: deep.p95,
      baseline: { title: 'first page, p95 ms', value: first.p95 },
      ratio: Math.round(ratio * 100) / 100,
      target: 'deep p95 ≤ 1.2 × first page',
      met: ratio <= 1.2,
      details: { first: stats(first), deep: stats(deep), unfiltered: { depth: all.depth, first: stats(firstAll), deep: stats(deepAll) } },
      note: 'ratio here = deep / first (lower is better)',
    };
  },
};

/** The cursor of the row just before the last page of `where`, and how many rows precede the page. */
async function deepCursor(databaseUrl: string, bodyId: string, where: string): Promise<{ cursor: string; depth: number }> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const { rows: [{ n }] } = await c.query(`SELECT count(*)::int AS n FROM assessments WHERE certification_body_id = $1 AND ${where}`, [bodyId]);
    const { rows: [r] } = await c.query(
      `SELECT scheduled_at, id FROM assessments WHERE certification_body_id = $1 AND ${where}
        ORDER BY scheduled_at DESC, id DESC OFFSET ${LIMIT} LIMIT 1`, [bodyId]);
    return { cursor: encodeTimeCursor(r.scheduled_at, r.id), depth: n - LIMIT };
  } finally {
    await c.end();
  }
}
