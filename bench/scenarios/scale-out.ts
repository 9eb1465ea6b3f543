import { startApi } from '../lib/api.js';
import { measure, runLoad, type LoadOptions } from '../lib/load.js';
import { observationPlan } from '../lib/observation-plan.js';
import type { LoadStats, Scenario } from '../lib/types.js';
import { verifyChainWithService } from '../lib/verify-chain.js';

const CONNECTIONS = 32;

/**
 * Scenario 8: scenario 1's load (c=32 in all) against one API process, then split over two API processes
 * sharing the database (two load workers in parallel, c=16 each, throughputs added). Then the body's audit
 * chain — now with every entry both processes appended concurrently — must verify (AuditVerificationService).
 */
export const scaleOut: Scenario = {
  id: '8-scale-out',
  title: 'Scale-out: scenario 1 on 2 API processes vs 1',
  async run(ctx) {
    const plan = await observationPlan(ctx);
    const seconds = ctx.quick ? 5 : 15;
    const reps = ctx.quick ? 2 : 3;
    const load = (url: string, connections: number): LoadOptions => ({ url, connections, seconds, rotate: plan });
    const one = await measure(load(ctx.apiUrl, CONNECTIONS), reps);
    const second = await startApi({ DATABASE_URL: ctx.databaseUrl, DATABASE_POOL_SIZE: '16' });
    const pairs: LoadStats[][] = [];
    try {
      await Promise.all([runLoad({ ...load(ctx.apiUrl, CONNECTIONS / 2), seconds: Math.ceil(seconds / 2) }),
        runLoad({ ...load(second.url, CONNECTIONS / 2), seconds: Math.ceil(seconds / 2) })]); // warm-up
      for (let i = 0; i < reps; i++) {
        pairs.push(await Promise.all([runLoad(load(ctx.apiUrl, CONNECTIONS / 2)), runLoad(load(second.url, CONNECTIONS / 2))]));
      }
    } finally {
      await second.stop();
    }
    const total = (p: LoadStats[]) => p[0].requestsPerSec + p[1].requestsPerSec;
    const two = [...pairs].sort((x, y) => total(x) - total(y))[Math.floor(reps / 2)];
    const chain = await verifyChainWithService(ctx.databaseUrl, ctx.seed.bigBodyId);
    const gain = total(two) / one.requestsPerSec;
    return {
      id: this.id,
      title: this.title,
      unit: 'req/s (2 processes)',
      value: Math.round(total(two)),
      baseline: { title: 'one process, same load', value: Math.round(one.requestsPerSec) },
      ratio: Math.round(gain * 100) / 100,
      target: 'gain ≥ 1.5 (near-linear until the database is the limit); chain verifies',
      met: chain.ok && gain >= 1.5,
      details: {
        one: { p50: one.p50, p95: one.p95, errors: one.errors + one.non2xx, runs: one.runs.map((r) => Math.round(r.requestsPerSec)) },
        two: two.map((s) => ({ rps: Math.round(s.requestsPerSec), p50: s.p50, p95: s.p95, errors: s.errors + s.non2xx, exhausted: s.exhausted })),
        twoRuns: pairs.map((p) => Math.round(total(p))),
        auditChain: chain,
      },
    };
  },
};
