import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { LoadStats, ProcessStats } from './types.js';

export interface LoadOptions {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  connections: number;
  seconds: number;
  /** Stop after this many requests instead of after `seconds`. */
  requests?: number;
  /** Each request a different item of a plan file (see load-worker.ts); every run takes a fresh slice. */
  rotate?: RotatingPlan;
  /** GET requests over these paths, each from a different client address (see load-worker.ts). */
  cycle?: { paths: string[] };
}

export interface RotatingPlan {
  file: string;
  tokens: string[];
  /** Items in the plan; `next` is the first one no run has taken yet. */
  capacity: number;
  next: number;
  /** Slice size per second of load: above this rate a run stops early and says so (`exhausted`). */
  perSecond: number;
}

const worker = new URL('./load-worker.js', import.meta.url).pathname;

/** Runs the load in a separate process, so load generation does not share the server's or the harness's event loop. */
export async function runLoad(o: LoadOptions): Promise<LoadStats> {
  let rotate: object | undefined;
  if (o.rotate) {
    const p = o.rotate;
    const start = p.next;
    p.next = Math.min(p.capacity, start + o.seconds * p.perSecond);
    if (p.next - start < o.seconds * p.perSecond) throw new Error(`plan exhausted: ${p.capacity} items (seed more in_progress assessments)`);
    rotate = { file: p.file, tokens: p.tokens, start, end: p.next };
  }
  // Options go through a file: the full-size path lists exceed the argument size limit (E2BIG).
  const options = join(mkdtempSync(join(tmpdir(), 'kompeten-load-')), 'options.json');
  writeFileSync(options, JSON.stringify({ ...o, rotate }));
  const out = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [worker, options], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    // A stuck load run must not stall the whole benchmark.
    const timer = setTimeout(() => child.kill('SIGKILL'), (o.seconds + 60) * 1000);
    child.stdout.on('data', (d) => (stdout += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      rmSync(dirname(options), { recursive: true, force: true });
      if (code === 0) resolve(stdout);
      else reject(new Error(`load worker exited ${code ?? 'on timeout'}`));
    });
  });
  return JSON.parse(out);
}

/** Warm-up, then `repetitions` measured runs; reports the median run by throughput. */
export async function measure(o: LoadOptions, repetitions: number): Promise<LoadStats & { runs: LoadStats[] }> {
  await runLoad({ ...o, seconds: Math.max(1, Math.round(o.seconds / 2)) });
  const runs: LoadStats[] = [];
  for (let i = 0; i < repetitions; i++) runs.push(await runLoad(o));
  const sorted = [...runs].sort((x, y) => x.requestsPerSec - y.requestsPerSec);
  return { ...sorted[Math.floor(sorted.length / 2)], runs };
}

/** Samples a process's CPU time and resident memory from /proc while `work` runs. */
export async function withProcessStats<T>(pid: number, work: () => Promise<T>): Promise<[T, ProcessStats]> {
  const ticks = () => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return Number(f[11]) + Number(f[12]);
    } catch {
      return 0;
    }
  };
  const rss = () => {
    try {
      const status: string = readFileSync(`/proc/${pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    } catch {
      return 0;
    }
  };
  let maxRss = rss();
  const timer = setInterval(() => (maxRss = Math.max(maxRss, rss())), 250);
  const t0 = ticks();
  const start = process.hrtime.bigint();
  try {
    const result = await work();
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const cpuPercent = ((ticks() - t0) / 100 / seconds) * 100; // USER_HZ = 100 on Linux
    return [result, { cpuPercent: Math.round(cpuPercent), maxRssMb: Math.round(maxRss) }];
  } finally {
    clearInterval(timer);
  }
}

