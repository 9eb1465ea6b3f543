import { Injectable } from '@nestjs/common';
import { resolve } from 'node:path';
import { Environment } from './env.validation.js';

/** Typed, validated configuration. Built once at boot (see `validateEnvironment`). */
@Injectable()
export class AppConfig {
  constructor(readonly env: Environment, readonly databaseUrl: string) {}

  get dataDir(): string {
    return resolve(this.env.DATA_DIR);
  }

  get corsOrigins(): string[] {
    return this.env.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean);
  }
}
