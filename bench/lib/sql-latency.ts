import pg from 'pg';
import type { EntityManager } from 'typeorm';

/**
 * Runs `work` with `concurrency` pooled node-postgres clients for `seconds` and reports per-call latency
 * (ms): the database-only baseline of read scenarios. `work` gets a minimal EntityManager (query only), so
 * the application's own query functions can be timed without the HTTP stack.
 */
export async function sqlLatency(
  databaseUrl: string, concurrency: number, seconds: number, work: (em: EntityManager, i: number) => Promise<unknown>,
): Promise<{ perSec: number; p50: number; p95: number; p99: number }> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: concurrency });
  const times: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  try {
    await Promise.all(Array.from({ length: concurrency }, async () => {
      const client = await pool.connect();
      const em = { query: (sql: string, params: unknown[]) => client.query(sql, params).then((r) => r.rows) } as unknown as EntityManager;
      try {
        while (performance.now() < deadline) {
          const t = performance.now();
          await work(em, times.length);
          times.push(performance.now() - t);
        }
      } finally {
        client.release();
      }
    }));
  } finally {
    await pool.end();
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => Math.round(times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] * 100) / 100;
  return { perSec: Math.round(times.length / ((performance.now() - started) / 1000)), p50: at(50), p95: at(95), p99: at(99) };
}
