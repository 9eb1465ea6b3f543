import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { DomainError } from '../errors/domain-error.js';
import { consumeOrThrow, RateLimiterStore } from './rate-limiter-store.js';

/** Requests one client address may make per minute to each group of public endpoints. */
export const PUBLIC_LIMITS = {
  verification: 600,
  authenticity: 60,
  complaint: 30,
} as const;
export type PublicEndpointGroup = keyof typeof PUBLIC_LIMITS;

export class TooManyRequestsError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super('RATE_LIMIT.TOO_MANY_REQUESTS', 'Too many requests from this address. Try again later.', { retryAfterSeconds });
  }
}

/** Per-address limits for the @Public endpoints, shared by every API process (PostgreSQL or Redis store). */
@Injectable()
export class PublicRateLimiter implements OnModuleDestroy {
  private readonly store: RateLimiterStore;
  private readonly limiters: Record<PublicEndpointGroup, RateLimiterAbstract>;

  constructor(config: AppConfig, @InjectDataSource() db: DataSource) {
    this.store = new RateLimiterStore(config, db);
    const make = (group: PublicEndpointGroup) => this.store.limiter({ keyPrefix: `public_${group}`, points: PUBLIC_LIMITS[group], duration: 60 });
    this.limiters = { verification: make('verification'), authenticity: make('authenticity'), complaint: make('complaint') };
  }

  consume(group: PublicEndpointGroup, address: string): Promise<void> {
    return consumeOrThrow(this.limiters[group], address, (s) => new TooManyRequestsError(s));
  }

  onModuleDestroy(): void {
    this.store.close();
  }
}
