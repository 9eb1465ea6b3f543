import { type ChildProcess, spawn } from 'node:child_process';
import { freePort } from './free-port.js';

/** The compiled API (`node dist/src/main.js`) as a child process, as `npm start` runs it. */
export class ApiProcess {
  private readonly child: ChildProcess;
  private output = '';
  private readonly exited: Promise<number | null>;

  constructor(env: Record<string, string | undefined>) {
    this.child = spawn(process.execPath, ['dist/src/main.js'], { env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child.stdout!.on('data', (d) => (this.output += String(d)));
    this.child.stderr!.on('data', (d) => (this.output += String(d)));
    this.exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
  }

  get log(): string {
    return this.output;
  }

  /** Structured log lines (JSON) written so far. */
  get logLines(): Array<Record<string, unknown>> {
    return this.output.split('\n').flatMap((line) => {
      try {
        const parsed = JSON.parse(line);
        return parsed && typeof parsed === 'object' ? [parsed] : [];
      } catch {
        return [];
      }
    });
  }

  /** Polls `url` until it answers 200; fails early when the process exits. */
  async waitForOk(url: string, timeoutMs: number): Promise<void> {
    let exitCode: number | null | undefined;
    void this.exited.then((c) => (exitCode = c));
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (exitCode !== undefined) throw new Error(`API exited with ${exitCode} before ready:\n${this.output}`);
      const ok = await fetch(url).then((r) => r.status === 200, () => false);
      if (ok) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`API not ready within ${timeoutMs} ms:\n${this.output}`);
  }

  /** SIGKILL, as a crash or the OOM killer would: no shutdown hooks run. Resolves once the process is gone. */
  async crash(): Promise<void> {
    this.child.kill('SIGKILL');
    await this.exited;
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Sends SIGTERM and waits for the exit code (SIGKILL after `timeoutMs`). */
  async stop(timeoutMs = 90_000): Promise<number | null> {
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    try {
      return await this.exited;
    } finally {
      clearTimeout(timer);
    }
  }
}

export interface StartedApi {
  url: string;
  api: ApiProcess;
  stop(): Promise<number | null>;
}

/**
 * Starts the API on a free port with `env` over the current environment and waits until it is ready.
 * A port found free can be taken by another process before the API binds it (the ephemeral range is
 * shared with outgoing connections): then it starts again on another port.
 */
export async function startApiProcess(env: Record<string, string>, timeoutMs = 60_000): Promise<StartedApi> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const api = new ApiProcess({ ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'info', PORT: String(port), ...env });
    const url = `http://127.0.0.1:${port}`;
    try {
      await api.waitForOk(`${url}/health/ready`, timeoutMs);
      return { url, api, stop: () => api.stop() };
    } catch (err) {
      if (attempt >= 3 || !api.log.includes('EADDRINUSE')) throw err;
    }
  }
}
