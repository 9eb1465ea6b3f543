import { Redis } from 'ioredis';
import { type RateLimiterAbstract, RateLimiterPostgres, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';

export interface LimiterOptions { keyPrefix: string; points: number; duration: number; blockDuration?: number }

/**
 * Rate limiters whose counters every API process shares: PostgreSQL (table
 * `rate_limits`) by default, Redis when REDIS_URL is set. One Redis connection
 * per store; call close() on module destroy.
 */
export class RateLimiterStore {
  private readonly redis?: Redis;

  constructor(private readonly config: AppConfig, private readonly db: DataSource) {
    if (config.env.REDIS_URL) this.redis = new Redis(config.env.REDIS_URL, { enableOfflineQueue: false, lazyConnect: false });
  }

  limiter(o: LimiterOptions): RateLimiterAbstract {
    if (this.redis) return new RateLimiterRedis({ storeClient: this.redis, ...o, keyPrefix: `${this.config.env.REDIS_KEY_PREFIX}:${o.keyPrefix}` });
    return new RateLimiterPostgres({
      storeClient: this.db, storeType: 'typeorm', tableName: 'rate_limits', tableCreated: true, clearExpiredByTimeout: false, ...o,
    });
  }

  close(): void {
    this.redis?.disconnect();
  }
}

/** Consumes one point; when the key is over its limit, throws what `tooMany(retryAfterSeconds)` builds. */
export async function consumeOrThrow(limiter: RateLimiterAbstract, key: string, tooMany: (retryAfterSeconds: number) => Error): Promise<void> {
  try {
    await limiter.consume(key || 'unknown');
  } catch (res) {
    if (res instanceof RateLimiterRes) throw tooMany(Math.ceil(res.msBeforeNext / 1000));
    throw res;
  }
}
