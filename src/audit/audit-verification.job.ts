import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobsService } from '../jobs/jobs.service.js';
import { AuditVerificationService } from './audit-verification.service.js';

export const AUDIT_VERIFICATION_JOB = 'audit.verify-chains';

/** Recomputes every body's audit chain nightly; a break is logged as an error and kept in the job's output. */
@Injectable()
export class AuditVerificationJob implements OnModuleInit {
  private readonly logger = new Logger(AuditVerificationJob.name);

  constructor(
    private readonly jobs: JobsService,
    private readonly verification: AuditVerificationService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  onModuleInit(): void {
    this.jobs.define({ name: AUDIT_VERIFICATION_JOB, cron: '30 1 * * *', handler: () => this.verifyAll() });
  }

  async verifyAll(): Promise<{ chains: number; broken: Array<{ bodyId: string; seq: number; reason: string }> }> {
    const heads: Array<{ id: string }> = await this.db.query(`SELECT certification_body_id AS id FROM audit_chain_heads ORDER BY 1`);
    const broken: Array<{ bodyId: string; seq: number; reason: string }> = [];
    for (const { id } of heads) {
      const result = await this.verification.verify(id);
      if (result.firstBreak) broken.push({ bodyId: id, ...result.firstBreak });
    }
    if (broken.length) this.logger.error({ broken }, 'audit chain verification found broken chains');
    return { chains: heads.length, broken };
  }
}
