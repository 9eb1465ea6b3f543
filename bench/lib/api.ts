import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });

export interface RunningApi {
  url: string;
  pid: number;
  /** Milliseconds from spawn to the first 200 from /health/ready. */
  readyMs: number;
  stop(): Promise<void>;
}

/**
 * Starts the production build (`node dist/src/main.js`) and waits for readiness. A port found free can be
 * taken before the API binds it (the ephemeral range is shared with outgoing connections): an API that
 * exits during start is started again on another port.
 */
export async function startApi(env: Record<string, string>): Promise<RunningApi> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startApiOnce(env);
    } catch (err) {
      if (attempt >= 3 || !(err instanceof ApiExitedError)) throw err;
    }
  }
}

class ApiExitedError extends Error {}

async function startApiOnce(env: Record<string, string>): Promise<RunningApi> {
  const port = await freePort();
  const started = performance.now();
  // BENCH_CPU_PROF=1 writes a V8 CPU profile of the API process (on exit) to bench/profiles/.
  const profile = process.env.BENCH_CPU_PROF === '1' ? ['--cpu-prof', '--cpu-prof-dir=bench/profiles'] : [];
  const child: ChildProcess = spawn(process.execPath, [...profile, 'dist/src/main.js'], {
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', JOBS_ENABLED: 'false', SEED_DEMO: 'false',
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0001', AUDIT_ANCHOR_KEY: 'bench-anchor-key-bench-anchor-key-0001', PORT: String(port), ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const killOnExit = () => child.kill('SIGTERM'); // never leave an API behind when the harness dies
  process.once('exit', killOnExit);
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) {
      process.off('exit', killOnExit);
      throw new ApiExitedError(`API exited during start (${child.exitCode})`);
    }
    if (await fetch(`${url}/health/ready`).then((r) => r.ok, () => false)) break;
    if (performance.now() - started > 120_000) throw new Error('API not ready after 120 s');
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    pid: child.pid!,
    readyMs: performance.now() - started,
    async stop() {
      process.off('exit', killOnExit);
      child.kill('SIGTERM');
      await exited;
    },
  };
}
