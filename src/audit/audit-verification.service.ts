import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { type ChainBreak, ChainVerifier, GENESIS_HASH, type VerifiableEntry } from './audit-chain.js';
import { AuditRangeInvalidError } from './audit.errors.js';
import { ownBody } from './own-body.js';

export interface VerifyRange {
  fromSeq?: number;
  toSeq?: number;
  from?: Date;
  to?: Date;
}

export interface ChainVerificationResult {
  ok: boolean;
  /** 'full' walks from genesis to the head; a range starts from its first entry's recorded prev_hash. */
  scope: 'full' | 'seq_range' | 'time_range';
  fromSeq: number;
  toSeq: number;
  checked: number;
  firstBreak?: ChainBreak;
  headSeq: number;
  headHash: string;
  /** Hash of the last entry verified (the prev_hash it started from when none was). */
  lastHash: string;
}

const BATCH = 10_000;
// Every column arrives as its text form: no Date, bigint or array parsing per row.
const RAW_TYPES = { getTypeParser: () => (v: string) => v };
const ENTRY_COLUMNS = `seq::text, to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  actor_user_id::text, array_to_json(actor_roles)::text, action, entity_type, entity_id, request_id, client_ip,
  payload::text, payload_hash, prev_hash, hash`;

// Roles arrays repeat: parse each distinct JSON text once.
const parsedRoles = new Map<string, string[]>();
function rolesOf(json: string): string[] {
  let roles = parsedRoles.get(json);
  if (!roles) {
    roles = JSON.parse(json) as string[];
    if (parsedRoles.size < 1000) parsedRoles.set(json, roles);
  }
  return roles;
}

/**
 * Recomputes a body's hash chain from the database, streaming entries in keyset
 * batches (seq order) through the pure ChainVerifier. Reads one REPEATABLE READ
 * snapshot, so concurrent appends never show up as a head mismatch. Plain SQL on a
 * DataSource, so the offline CLI (audit-cli.ts) runs exactly this code.
 */
@Injectable()
export class AuditVerificationService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The caller's own body; a range is either seqs or times, and not reversed. */
  verifyOwn(actor: AuthUser, range: VerifyRange): Promise<ChainVerificationResult> {
    const bySeq = range.fromSeq !== undefined || range.toSeq !== undefined;
    if (bySeq && (range.from || range.to)) throw new AuditRangeInvalidError('Give a seq range or a time range, not both');
    if (range.fromSeq && range.toSeq && range.fromSeq > range.toSeq) throw new AuditRangeInvalidError('fromSeq is after toSeq');
    if (range.from && range.to && range.from >= range.to) throw new AuditRangeInvalidError('from must be before to');
    return this.verify(ownBody(actor), range);
  }

  async verify(bodyId: string, range: VerifyRange = {}): Promise<ChainVerificationResult> {
    const qr = this.db.createQueryRunner('master');
    const client: PoolClient = await qr.connect();
    await qr.startTransaction('REPEATABLE READ');
    try {
      await client.query('SET TRANSACTION READ ONLY');
      return await this.verifyInSnapshot(client, bodyId, range);
    } finally {
      await qr.rollbackTransaction();
      await qr.release();
    }
  }

  private async verifyInSnapshot(client: PoolClient, bodyId: string, range: VerifyRange): Promise<ChainVerificationResult> {
    const headRow = (
      await client.query({ text: `SELECT seq::text, hash FROM audit_chain_heads WHERE certification_body_id = $1`, values: [bodyId], types: RAW_TYPES })
    ).rows[0];
    const head = headRow ? { seq: Number(headRow.seq), hash: headRow.hash as string } : null;
    const headSeq = head?.seq ?? 0;
    const scope = range.from || range.to ? 'time_range' : range.fromSeq || range.toSeq ? 'seq_range' : 'full';
    const bounds = await this.bounds(client, bodyId, range, headSeq);
    const fromSeq = bounds.fromSeq;
    const toSeq = bounds.toSeq;

    let prevHash = GENESIS_HASH;
    if (fromSeq > 1) {
      const first = await client.query({
        text: `SELECT prev_hash FROM audit_entries WHERE certification_body_id = $1 AND seq = $2`,
        values: [bodyId, fromSeq],
      });
      prevHash = first.rows[0]?.prev_hash ?? '';
    }
    const verifier = new ChainVerifier(prevHash, fromSeq);
    if (fromSeq <= toSeq) await this.walk(client, bodyId, fromSeq, toSeq, verifier);
    // Entries missing at the end of the range (or of the whole chain, judged by the head row).
    if (bounds.reachesHead) verifier.checkHead(head);
    else verifier.expectLast(toSeq);
    return {
      ok: !verifier.firstBreak,
      scope,
      fromSeq,
      toSeq,
      checked: verifier.checked,
      ...(verifier.firstBreak ? { firstBreak: verifier.firstBreak } : {}),
      headSeq,
      headHash: head?.hash ?? GENESIS_HASH,
      lastHash: verifier.lastHash,
    };
  }

  private async bounds(client: PoolClient, bodyId: string, range: VerifyRange, headSeq: number) {
    if (range.from || range.to) {
      // Seq is the chain order; a time range maps to the seqs of the first and last entries inside it.
      const { rows } = await client.query({
        text: `SELECT
            (SELECT min(seq) FROM audit_entries WHERE certification_body_id = $1 AND occurred_at >= $2)::text AS lo,
            (SELECT max(seq) FROM audit_entries WHERE certification_body_id = $1 AND occurred_at < $3)::text AS hi`,
        values: [bodyId, range.from ?? new Date(0), range.to ?? new Date(8.64e15)],
      });
      const lo = rows[0].lo === null ? headSeq + 1 : Number(rows[0].lo);
      const hi = rows[0].hi === null ? 0 : Number(rows[0].hi);
      return { fromSeq: lo, toSeq: Math.max(hi, lo - 1), reachesHead: !range.to && lo <= hi };
    }
    const fromSeq = range.fromSeq ?? 1;
    const toSeq = range.toSeq ?? Math.max(headSeq, fromSeq - 1);
    return { fromSeq, toSeq, reachesHead: range.toSeq === undefined || range.toSeq >= headSeq };
  }

  /** Keyset batches; the next batch is already being read while this one is hashed. */
  private async walk(client: PoolClient, bodyId: string, fromSeq: number, toSeq: number, v: ChainVerifier) {
    const fetch = (after: number) =>
      client.query<(string | null)[]>({
        text: `SELECT ${ENTRY_COLUMNS} FROM audit_entries
               WHERE certification_body_id = $1 AND seq > $2 AND seq <= $3 ORDER BY audit_entries.seq LIMIT ${BATCH}`,
        values: [bodyId, after, toSeq],
        rowMode: 'array',
        types: RAW_TYPES,
      });
    let pending = fetch(fromSeq - 1);
    // One entry object, refilled per row: a million rows then allocate a million fewer objects.
    const e: VerifiableEntry = {
      certificationBodyId: bodyId, seq: 0, occurredAt: '', actorUserId: null, actorRoles: [], action: '', entityType: '',
      entityId: '', requestId: '', clientIp: '', payload: null, payloadHash: '', prevHash: '', hash: '',
    };
    for (;;) {
      const { rows } = await pending;
      const full = rows.length === BATCH;
      if (full) pending = fetch(Number(rows[rows.length - 1][0]));
      for (const r of rows) {
        e.seq = Number(r[0]);
        e.occurredAt = r[1]!;
        e.actorUserId = r[2];
        e.actorRoles = rolesOf(r[3]!);
        e.action = r[4]!;
        e.entityType = r[5]!;
        e.entityId = r[6]!;
        e.requestId = r[7]!;
        e.clientIp = r[8]!;
        e.payload = r[9] === null ? null : JSON.parse(r[9]);
        e.payloadHash = r[10]!;
        e.prevHash = r[11]!;
        e.hash = r[12]!;
        if (!v.push(e)) {
          if (full) await pending; // let the prefetched batch finish before the connection is released
          return;
        }
      }
      if (!full) return;
    }
  }
}
