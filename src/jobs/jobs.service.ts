import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { DomainError } from '../common/errors/domain-error.js';
import { AppConfig } from '../config/app-config.js';

export interface JobDefinition<T extends object = object> {
  /** Queue name, e.g. 'audit.verify-chains'. */
  name: string;
  /** What it returns is kept as the job's output (shown by GET /admin/jobs). */
  handler: (data: T) => Promise<unknown>;
  /** Cron in UTC; pg-boss runs each slot once across every API process. */
  cron?: string;
  retryLimit?: number;
}

export interface JobView {
  id: string;
  name: string;
  state: string;
  singletonKey: string | null;
  retryCount: number;
  data: unknown;
  output: unknown;
  createdOn: Date;
  startedOn: Date | null;
  completedOn: Date | null;
}

/**
 * Background jobs in PostgreSQL (pg-boss): no extra server. Modules define their
 * jobs during init; the queue starts once the application has bootstrapped.
 * pg-boss keeps its tables in its own `pgboss` schema and migrates it itself
 * under its own advisory lock.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobsService.name);
  private readonly definitions = new Map<string, JobDefinition<any>>();
  private boss?: PgBoss;

  constructor(private readonly config: AppConfig) {}

  define<T extends object>(definition: JobDefinition<T>): void {
    this.definitions.set(definition.name, definition);
  }

  get enabled(): boolean {
    return this.config.env.JOBS_ENABLED;
  }

  /** JOB_CRON_OVERRIDES: {"job-name": "cron"} to change a schedule without a release. */
  private get cronOverrides(): Record<string, string> {
    return this.config.env.JOB_CRON_OVERRIDES ? JSON.parse(this.config.env.JOB_CRON_OVERRIDES) : {};
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.enabled) return;
    const boss = new PgBoss({ connectionString: this.config.databaseUrl, schema: 'pgboss', max: 4, application_name: 'kompeten-jobs' });
    boss.on('error', (err) => this.logger.error({ err }, 'job queue error'));
    await boss.start();
    for (const def of this.definitions.values()) {
      await boss.createQueue(def.name, { name: def.name, policy: 'stately', retryLimit: def.retryLimit ?? 5, retryBackoff: true, retryDelay: 5 });
      // batchSize 1: the handler's result becomes that job's output.
      await boss.work(def.name, { pollingIntervalSeconds: 2, batchSize: 1 }, async ([job]) => def.handler(job.data as object));
      const cron = this.cronOverrides[def.name] ?? def.cron;
      if (cron) await boss.schedule(def.name, cron, {}, { tz: 'UTC' });
    }
    this.boss = boss;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  /** Enqueues a job. Queues are 'stately': one job per subject (singleton key) queued and one running at a time. */
  async enqueue(name: string, data: object, singletonKey?: string): Promise<string | null> {
    if (!this.boss) throw new DomainError('JOBS.UNAVAILABLE', 'Background jobs are disabled on this deployment (JOBS_ENABLED=false)');
    return this.boss.send(name, data, singletonKey ? { singletonKey } : {});
  }

  /** Recent jobs, newest first, optionally by state and by the body named in their data. */
  async list(filter: { state?: string; name?: string; bodyId?: string; limit: number }): Promise<JobView[]> {
    if (!this.boss) return [];
    const { rows } = await this.boss.getDb().executeSql(
      `SELECT id, name, state, singleton_key, retry_count, data, output, created_on, started_on, completed_on
         FROM pgboss.job
        WHERE ($1::text IS NULL OR state::text = $1)
          AND ($2::text IS NULL OR name = $2)
          AND ($3::text IS NULL OR data->>'certificationBodyId' = $3)
        ORDER BY created_on DESC LIMIT $4`,
      [filter.state ?? null, filter.name ?? null, filter.bodyId ?? null, filter.limit],
    );
    return rows.map((r: Record<string, any>) => ({
      id: r.id, name: r.name, state: r.state, singletonKey: r.singleton_key, retryCount: r.retry_count, data: r.data,
      output: r.output, createdOn: r.created_on, startedOn: r.started_on, completedOn: r.completed_on,
    }));
  }
}
