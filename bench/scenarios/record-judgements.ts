import { measure, withProcessStats } from '../lib/load.js';
import { insertObservationsDirectly } from '../lib/observation-baseline.js';
import { observationPlan } from '../lib/observation-plan.js';
import type { Scenario } from '../lib/types.js';

const TARGET_RPS = 800;

/**
 * Scenario 1: POST /assessments/:id/observations with an FR.IA.01 checklist of 8 KUK per request (auth, assigned-
 * assessor check, assessment row lock, validation against the version's KUK, one-current-record check, insert,
 * audit-chain append), c=32, each request a different assessment/unit with its lead assessor's token.
 * Baseline: the same rows inserted with node-postgres (pool of 8, a transaction per row with the same audit append).
 */
export const recordJudgements: Scenario = {
  id: '1-record-judgements',
  title: 'Record KUK judgements, 8 KUK per request (c=32)',
  async run(ctx) {
    const plan = await observationPlan(ctx);
    const seconds = ctx.quick ? 5 : 15;
    const reps = ctx.quick ? 2 : 3;
    const [api, cpu] = await withProcessStats(ctx.apiPid, () =>
      measure({ url: ctx.apiUrl, connections: 32, seconds, rotate: plan }, reps));
    const baseRuns = [];
    for (let i = 0; i < reps; i++) baseRuns.push(await insertObservationsDirectly(ctx.databaseUrl, ctx.seed.bigBodyId, plan, seconds));
    const base = baseRuns.sort((x, y) => x.rowsPerSec - y.rowsPerSec)[Math.floor(reps / 2)];
    const baseRequests = base.rowsPerSec / 8;
    const ratio = api.requestsPerSec / baseRequests;
    return {
      id: this.id,
      title: this.title,
      unit: 'req/s',
      value: Math.round(api.requestsPerSec),
      baseline: { title: 'pg pool 8, row-per-transaction + audit append, in requests of 8 rows', value: Math.round(baseRequests) },
      ratio: Math.round(ratio * 100) / 100,
      target: `ratio ≥ 0.5 and ≥ ${TARGET_RPS} req/s`,
      met: ratio >= 0.5 && api.requestsPerSec >= TARGET_RPS,
      details: {
        api: { p50: api.p50, p95: api.p95, p99: api.p99, errors: api.errors + api.non2xx, exhausted: api.exhausted, runs: api.runs.map((r) => Math.round(r.requestsPerSec)) },
        server: cpu,
        baseline: { rowsPerSec: Math.round(base.rowsPerSec), runs: baseRuns.map((r) => Math.round(r.rowsPerSec)), exhausted: base.exhausted },
        rowsPerSec: Math.round(api.requestsPerSec * 8),
      },
    };
  },
};
