import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateEnvironment } from '../config/env.validation.js';
import { cliDataSource } from './data-source.js';
import { resolveDatabase } from './database-url.js';
import { migrateDatabase } from './migrate.js';

const USAGE = `usage: db <command>
  migrate            apply pending migrations
  revert [--all]     undo the last migration (or all of them)
  show               list migrations and whether they ran
  check              exit 1 when entities and migrations have drifted apart
  generate <Name>    write migrations/<timestamp>-<Name>.ts from the entity changes`;

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2);
  const env = validateEnvironment(process.env);
  const db = await resolveDatabase(env, () => undefined);
  try {
    switch (command) {
      case 'migrate': {
        const applied = await migrateDatabase(db.url);
        console.log(applied.length ? `applied: ${applied.join(', ')}` : 'no pending migrations');
        return 0;
      }
      case 'revert':
        return await revert(db.url, args.includes('--all'));
      case 'show':
        return typeormCli(db.url, ['migration:show']);
      case 'check':
        return await check(db.url);
      case 'generate':
        if (!args[0]) break;
        // Generate against the schema as the committed migrations leave it, never an empty one.
        await migrateDatabase(db.url);
        return typeormCli(db.url, ['migration:generate', '--pretty', join('migrations', args[0])]);
    }
    console.error(USAGE);
    return 2;
  } finally {
    await db.stop();
  }
}

async function revert(url: string, all: boolean): Promise<number> {
  const ds = await cliDataSource(url).initialize();
  try {
    do {
      const executed = await ds.query(`SELECT count(*)::int AS n FROM schema_migrations`).catch(() => [{ n: 0 }]);
      if (executed[0].n === 0) break;
      await ds.undoLastMigration({ transaction: 'each' });
    } while (all);
    console.log(all ? 'all migrations reverted' : 'last migration reverted');
    return 0;
  } finally {
    await ds.destroy();
  }
}

/** Migrates, then asks TypeORM which SQL would bring the schema in line with the entities. */
async function check(url: string): Promise<number> {
  await migrateDatabase(url);
  const ds = await cliDataSource(url).initialize();
  try {
    const sql = await ds.driver.createSchemaBuilder().log();
    if (sql.upQueries.length === 0) {
      console.log('schema matches the entities: no drift');
      return 0;
    }
    console.error('Drift between entities and migrations; generate a migration. Pending SQL:');
    for (const q of sql.upQueries) console.error(`  ${q.query}`);
    return 1;
  } finally {
    await ds.destroy();
  }
}

function typeormCli(url: string, args: string[]): number {
  const require = createRequire(import.meta.url);
  const cli = join(dirname(require.resolve('typeorm')), 'cli.js');
  const dataSource = join(dirname(fileURLToPath(import.meta.url)), 'data-source.js');
  const result = spawnSync(process.execPath, [cli, ...args, '-d', dataSource], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: url },
  });
  return result.status ?? 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
