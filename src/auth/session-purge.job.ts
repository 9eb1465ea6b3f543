import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobsService } from '../jobs/jobs.service.js';

export const SESSION_PURGE_JOB = 'auth.purge-expired-sessions';
/** Ended sessions are kept this long for investigations, then purged (the audit trail keeps the events). */
const KEEP_ENDED_SESSIONS_DAYS = 30;

@Injectable()
export class SessionPurgeJob implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  onModuleInit(): void {
    this.jobs.define({ name: SESSION_PURGE_JOB, cron: '17 3 * * *', handler: async () => void (await this.purge()) });
  }

  /** Idempotent: deletes sessions (and their refresh tokens) that ended long enough ago. */
  async purge(): Promise<number> {
    const [, count] = await this.db.query(
      `DELETE FROM auth_sessions
        WHERE expires_at < now() - make_interval(days => $1)
           OR revoked_at < now() - make_interval(days => $1)`,
      [KEEP_ENDED_SESSIONS_DAYS],
    );
    return Number(count ?? 0);
  }
}
