import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { AppConfig } from '../config/app-config.js';
import { SWEEP_LOCK_SQL } from './evidence.service.js';
import { EVIDENCE_STORAGE, type EvidenceStorage } from './storage/evidence-storage.js';

export interface SweepResult {
  removedBlobs: number;
  removedTempFiles: number;
}

const BATCH = 500;

/**
 * Removes stored bytes that no live portfolio item (of any body) points at and
 * that are older than the grace period, plus leftovers of interrupted writes.
 * Exposed for scheduling (pg-boss) and as POST /admin/evidence/sweep.
 */
@Injectable()
export class EvidenceSweepService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(EVIDENCE_STORAGE) private readonly storage: EvidenceStorage,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /** The cut-off the configured grace period (EVIDENCE_SWEEP_GRACE_SECONDS) gives at `now`. */
  defaultCutoff(now = new Date()): Date {
    return new Date(now.getTime() - this.config.env.EVIDENCE_SWEEP_GRACE_SECONDS * 1000);
  }

  async sweepOrphans(olderThan: Date): Promise<SweepResult> {
    const removedTempFiles = await this.storage.cleanupTemp(olderThan);
    let removedBlobs = 0;
    let batch: string[] = [];
    for await (const key of this.storage.list()) {
      batch.push(key);
      if (batch.length >= BATCH) {
        removedBlobs += await this.sweepBatch(batch, olderThan);
        batch = [];
      }
    }
    if (batch.length) removedBlobs += await this.sweepBatch(batch, olderThan);
    return { removedBlobs, removedTempFiles };
  }

  async sweepAsAdmin(actor: AuthUser): Promise<SweepResult> {
    const result = await this.sweepOrphans(this.defaultCutoff());
    await this.db.transaction((em) =>
      this.audit.record(em, {
        bodyId: null, actor, action: 'evidence.swept', entityType: 'evidence_storage', entityId: 'orphans', payload: result,
      }),
    );
    return result;
  }

  /** Exclusive sweep lock: uploads that are recording a row wait, so a referenced blob is never deleted. */
  private sweepBatch(keys: string[], olderThan: Date): Promise<number> {
    return this.db.transaction(async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(${SWEEP_LOCK_SQL})`);
      const rows: Array<{ sha256: string }> = await em.query(
        `SELECT DISTINCT sha256 FROM portfolio_items WHERE sha256 = ANY($1::varchar[]) AND status <> 'discarded'`,
        [keys],
      );
      const referenced = new Set(rows.map((r) => r.sha256));
      let removed = 0;
      for (const key of keys) {
        if (referenced.has(key)) continue;
        const info = await this.storage.stat(key);
        if (info && info.modifiedAt < olderThan) {
          await this.storage.delete(key);
          removed++;
        }
      }
      return removed;
    });
  }
}
