import type { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

/**
 * The one set of TypeORM options. The app adds its entities through
 * `autoLoadEntities`; the migration CLI (`data-source.ts`) adds the compiled
 * entity and migration globs. `synchronize` is never on: schema changes go
 * through `migrations/` only.
 */
export function typeOrmOptions(url: string, poolSize = 10, replicaUrl?: string): DataSourceOptions {
  return {
    type: 'postgres',
    // With a replica, writes and ordinary reads still go to the primary (defaultMode 'master');
    // only code that opts in through `onReadReplica` reads from the replica.
    ...(replicaUrl
      ? { replication: { master: { url, applicationName: 'kompeten' }, slaves: [{ url: replicaUrl, applicationName: 'kompeten-replica' }], defaultMode: 'master' as const } }
      : { url, applicationName: 'kompeten' }),
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    migrationsTableName: 'schema_migrations',
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install (or to need superuser for).
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    extra: { max: poolSize },
  };
}
