import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module.js';
import { configureApp } from '../../src/app.setup.js';
import { AppConfig } from '../../src/config/app-config.js';
import { validateEnvironment } from '../../src/config/env.validation.js';
import { adminQuery, uniqueName, withDatabase } from './test-database.js';

export interface TestApp {
  app: INestApplication;
  http: ReturnType<INestApplication['getHttpServer']>;
  db: DataSource;
  databaseUrl: string;
  config: AppConfig;
  close(): Promise<void>;
}

/**
 * The real AppModule on a fresh clone of the migrated template database.
 * `env` overrides configuration for one test file.
 */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const adminUrl = process.env.KOMPETEN_TEST_ADMIN_URL!;
  const database = uniqueName('kompeten_test');
  await adminQuery(adminUrl, `CREATE DATABASE ${database} TEMPLATE ${process.env.KOMPETEN_TEST_TEMPLATE}`);
  const databaseUrl = withDatabase(adminUrl, database);
  const config = new AppConfig(
    validateEnvironment({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO: 'false', JOBS_ENABLED: 'false', DATA_DIR: `/tmp/${database}`, ...env }),
    databaseUrl,
  );
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config)] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: false });
  configureApp(app);
  await app.init();
  return {
    app,
    http: app.getHttpServer(),
    db: app.get(DataSource),
    databaseUrl,
    config,
    async close() {
      await app.close();
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    },
  };
}
