import pg from 'pg';
import type { EntityManager } from 'typeorm';
import { REPORTS } from '../../src/reports/report-definitions.js';
import { measure } from '../lib/load.js';
import { signIn } from '../lib/observation-plan.js';
import type { Scenario } from '../lib/types.js';

/** The seeded assessments run from 2024-01-01, two per 3 minutes: the full size spans ~2.9 years, the quick one ~6 weeks. */
const YEAR = { from: '2025-01-01', to: '2025-12-31' };
const QUICK_YEAR = { from: '2024-01-01', to: '2024-12-31' };
const TARGET_MS = 1000;

/**
 * Reports (issue 8) of the big body over one year of decisions, one request at a time: each report's p95
 * through the API. Baseline: the same report's SQL run by node-postgres directly (median of 5), so the ratio
 * shows what HTTP, auth and serialisation add. Also in details: `decisions` over the body's whole history.
 */
export const reports: Scenario = {
  id: '9-reports',
  title: 'Reports of the big body, one year (c=1)',
  async run(ctx) {
    const admin = await signIn(ctx.apiUrl, ctx.seed.adminEmail, ctx.seed.password);
    const headers = { authorization: `Bearer ${admin.accessToken}` };
    const period = ctx.quick ? QUICK_YEAR : YEAR;
    const seconds = ctx.quick ? 2 : 4;
    const db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    const em = { query: async (sql: string, params: unknown[]) => (await db.query(sql, params)).rows } as unknown as EntityManager;
    const filters = { ...period, minDecisions: 5, withinDays: 90 };
    const perReport: Record<string, { p50: number; p95: number; sqlMs: number; rows: number }> = {};
    try {
      for (const r of REPORTS) {
        const query = r.filters.includes('period') ? `from=${period.from}&to=${period.to}` : '';
        const url = `${ctx.apiUrl}/reports/${r.name}?${query}`;
        const res = await fetch(url, { headers });
        const body = (await res.json()) as { rows?: unknown[] };
        if (!res.ok) throw new Error(`${url} answered ${res.status}: ${JSON.stringify(body).slice(0, 200)}`);
        const http = await measure({ url, headers, connections: 1, seconds }, 1);
        const sql: number[] = [];
        for (let i = 0; i < 5; i++) {
          const t0 = performance.now();
          await r.run(em, ctx.seed.bigBodyId, filters);
          sql.push(performance.now() - t0);
        }
        perReport[r.name] = { p50: http.p50, p95: http.p95, sqlMs: Math.round(sql.sort((a, b) => a - b)[2] * 10) / 10, rows: body.rows?.length ?? 0 };
      }
      const history = await measure({ url: `${ctx.apiUrl}/reports/decisions`, headers, connections: 1, seconds }, 1);
      const [slowest, worst] = Object.entries(perReport).sort((a, b) => b[1].p95 - a[1].p95)[0];
      return {
        id: this.id,
        title: this.title,
        unit: `ms p95, slowest report (${slowest})`,
        value: worst.p95,
        baseline: { title: `${slowest}: same SQL via node-postgres, median ms`, value: worst.sqlMs },
        ratio: Math.round((worst.sqlMs / worst.p95) * 100) / 100,
        target: `every report p95 ≤ ${TARGET_MS} ms`,
        met: worst.p95 <= TARGET_MS,
        details: { period, perReport, decisionsWholeHistory: { p50: history.p50, p95: history.p95 } },
        note: 'ratio = SQL alone / through the API',
      };
    } finally {
      await db.end();
    }
  },
};
