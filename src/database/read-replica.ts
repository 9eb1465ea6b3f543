import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs read-only work on the read replica when DATABASE_REPLICA_URL is set
 * (public certificate verification, reports), on the primary otherwise.
 * Only for reads that tolerate replication lag.
 */
export async function onReadReplica<T>(db: DataSource, work: (em: EntityManager) => Promise<T>): Promise<T> {
  const runner = db.createQueryRunner('slave');
  try {
    return await work(runner.manager);
  } finally {
    await runner.release();
  }
}
