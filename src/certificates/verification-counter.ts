import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

const FLUSH_MS = 1000;

/**
 * Counts verifications in memory and adds them to certificates.verification_count
 * on the primary once a second in one set-based UPDATE, so the public read itself
 * stays a single query on the replica. Counts of the last second are lost on a crash.
 */
@Injectable()
export class VerificationCounter implements OnModuleDestroy {
  private pending = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;

  constructor(@InjectDataSource() private readonly db: DataSource) {
    this.timer = setInterval(() => void this.flush().catch(() => undefined), FLUSH_MS);
    this.timer.unref();
  }

  count(bodyId: string, certificateId: string): void {
    const key = `${bodyId}/${certificateId}`;
    this.pending.set(key, (this.pending.get(key) ?? 0) + 1);
  }

  async flush(): Promise<void> {
    if (!this.pending.size) return;
    const batch = this.pending;
    this.pending = new Map();
    const keys = [...batch.keys()].map((k) => k.split('/'));
    await this.db.query(
      `UPDATE certificates c SET verification_count = c.verification_count + v.n
       FROM unnest($1::uuid[], $2::uuid[], $3::int[]) AS v(body_id, id, n)
       WHERE c.certification_body_id = v.body_id AND c.id = v.id`,
      [keys.map((k) => k[0]), keys.map((k) => k[1]), [...batch.values()]],
    );
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.flush().catch(() => undefined);
  }
}
