import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/errors/domain-error.js';
import { AppConfig } from '../config/app-config.js';
import { consumeOrThrow, RateLimiterStore } from '../common/http/rate-limiter-store.js';

/** After this many failed logins in a row an account is locked for LOCKOUT_SECONDS. */
export const MAX_CONSECUTIVE_FAILURES = 5;
export const LOCKOUT_SECONDS = 15 * 60;
/** Attempts one client address may make per window, whatever the accounts. */
export const MAX_ATTEMPTS_PER_ADDRESS = 50;
const ADDRESS_WINDOW_SECONDS = 15 * 60;

export class LoginLockedOutError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super('AUTH.LOCKED_OUT', 'Too many failed sign-in attempts. Try again later.', { retryAfterSeconds });
  }
}

/**
 * Brute-force protection with counters shared by every API process: in
 * PostgreSQL (table `rate_limits`) by default, in Redis when REDIS_URL is set.
 */
@Injectable()
export class LoginThrottleService implements OnModuleDestroy {
  private readonly byAccount: RateLimiterAbstract;
  private readonly byAddress: RateLimiterAbstract;
  private readonly store: RateLimiterStore;

  constructor(config: AppConfig, @InjectDataSource() db: DataSource) {
    this.store = new RateLimiterStore(config, db);
    this.byAccount = this.store.limiter({ keyPrefix: 'login_fail_account', points: MAX_CONSECUTIVE_FAILURES, duration: LOCKOUT_SECONDS, blockDuration: LOCKOUT_SECONDS });
    this.byAddress = this.store.limiter({ keyPrefix: 'login_address', points: MAX_ATTEMPTS_PER_ADDRESS, duration: ADDRESS_WINDOW_SECONDS, blockDuration: ADDRESS_WINDOW_SECONDS });
  }

  /** Refuses the attempt while the account or the address is locked out. Counts the address attempt. */
  async beforeAttempt(email: string, ip: string): Promise<void> {
    const locked = await this.byAccount.get(email);
    if (locked && locked.remainingPoints <= 0) throw new LoginLockedOutError(Math.ceil(locked.msBeforeNext / 1000));
    await consumeOrThrow(this.byAddress, ip, (s) => new LoginLockedOutError(s));
  }

  async onFailure(email: string): Promise<void> {
    await this.byAccount.consume(email).catch(() => undefined);
  }

  async onSuccess(email: string): Promise<void> {
    await this.byAccount.delete(email);
  }

  async onModuleDestroy(): Promise<void> {
    this.store.close();
  }
}
