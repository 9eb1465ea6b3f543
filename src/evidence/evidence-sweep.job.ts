import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JobsService } from '../jobs/jobs.service.js';
import { EvidenceSweepService } from './evidence-sweep.service.js';

export const EVIDENCE_SWEEP_JOB = 'evidence.sweep-orphans';

/** Hourly: removes stored bytes that never got a row, and stale temporary files. */
@Injectable()
export class EvidenceSweepJob implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly sweep: EvidenceSweepService,
  ) {}

  onModuleInit(): void {
    this.jobs.define({ name: EVIDENCE_SWEEP_JOB, cron: '7 * * * *', handler: () => this.sweep.sweepOrphans(this.sweep.defaultCutoff()) });
  }
}
