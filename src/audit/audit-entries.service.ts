import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { DataSource, type EntityManager, In, type SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { AuditEntry } from './audit-entry.entity.js';
import { ownBody } from './own-body.js';

export interface AuditEntryFilter {
  entityType?: string;
  entityId?: string;
  actorUserId?: string;
  action?: string;
  from?: Date;
  to?: Date;
}

export interface AuditEntryPage {
  items: AuditEntry[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

const EXPORT_BATCH = 1000;

async function drained(out: Writable): Promise<void> {
  const ac = new AbortController();
  try {
    await Promise.race([once(out, 'drain', { signal: ac.signal }), once(out, 'close', { signal: ac.signal })]);
  } finally {
    ac.abort();
  }
}

/** Reads of a body's audit trail: filtered, keyset-paginated by seq, and streamed exports. */
@Injectable()
export class AuditEntriesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async page(actor: AuthUser, filter: AuditEntryFilter, cursor: number | undefined, limit: number): Promise<AuditEntryPage> {
    const rows = await this.query(ownBody(actor), filter, cursor ?? 0).take(limit + 1).getMany();
    const items = rows.slice(0, limit);
    return { items, nextCursor: rows.length > limit ? String(items[items.length - 1].seq) : null };
  }

  /** For the dossier: every entry of the body about these entities (types × ids, on ix_audit_entries_entity), in chain order. */
  forEntities(em: EntityManager, bodyId: string, entityTypes: string[], entityIds: string[]): Promise<AuditEntry[]> {
    if (!entityIds.length) return Promise.resolve([]);
    return em.find(AuditEntry, {
      where: { certificationBodyId: bodyId, entityType: In([...new Set(entityTypes)]), entityId: In([...new Set(entityIds)]) }, order: { seq: 'ASC' },
    });
  }

  /**
   * Writes every matching entry to `out`, one keyset batch at a time, waiting for
   * 'drain' when the socket's buffer is full: memory stays flat however long the trail.
   */
  async export(actor: AuthUser, filter: AuditEntryFilter, write: (e: AuditEntry) => string, out: Writable): Promise<void> {
    const bodyId = ownBody(actor);
    let after = 0;
    for (;;) {
      const rows = await this.query(bodyId, filter, after).take(EXPORT_BATCH).getMany();
      for (const row of rows) {
        if (out.destroyed) return;
        if (!out.write(write(row))) await drained(out);
      }
      if (rows.length < EXPORT_BATCH) return;
      after = rows[rows.length - 1].seq;
    }
  }

  private query(bodyId: string, f: AuditEntryFilter, afterSeq: number): SelectQueryBuilder<AuditEntry> {
    const q = this.db
      .getRepository(AuditEntry)
      .createQueryBuilder('e')
      .where('e.certificationBodyId = :bodyId', { bodyId })
      .andWhere('e.seq > :afterSeq', { afterSeq })
      .orderBy('e.seq', 'ASC');
    if (f.entityType) q.andWhere('e.entityType = :entityType', { entityType: f.entityType });
    if (f.entityId) q.andWhere('e.entityId = :entityId', { entityId: f.entityId });
    if (f.actorUserId) q.andWhere('e.actorUserId = :actorUserId', { actorUserId: f.actorUserId });
    if (f.action) q.andWhere('e.action = :action', { action: f.action });
    if (f.from) q.andWhere('e.occurredAt >= :from', { from: f.from });
    if (f.to) q.andWhere('e.occurredAt < :to', { to: f.to });
    return q;
  }
}
