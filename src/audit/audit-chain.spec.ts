import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import {
  canonicalJson, type ChainedFields, ChainVerifier, entryHash, GENESIS_HASH, payloadHashOf, type VerifiableEntry,
} from './audit-chain.js';

const BODY = '7d3f7c2a-1111-4222-8333-444455556666';

function fields(seq: number, over: Partial<ChainedFields> = {}): ChainedFields {
  return {
    certificationBodyId: BODY, seq, occurredAt: new Date(Date.UTC(2026, 0, 1, 8, 0, seq)), actorUserId: 'a1b2c3d4-0000-4000-8000-000000000001',
    actorRoles: ['admin'], action: 'user.profile_updated', entityType: 'user', entityId: `u-${seq}`, requestId: `req-${seq}`,
    clientIp: '203.0.113.7', payloadHash: payloadHashOf({ n: seq }), ...over,
  };
}

function chain(n: number): VerifiableEntry[] {
  const out: VerifiableEntry[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const f = fields(seq);
    const hash = entryHash(prev, f);
    out.push({ ...f, payload: { n: seq }, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

function run(entries: VerifiableEntry[], head?: { seq: number; hash: string } | null) {
  const sut = new ChainVerifier(GENESIS_HASH, 1);
  for (const e of entries) if (!sut.push(e)) break;
  if (head !== undefined) sut.checkHead(head);
  return sut;
}

/** The definition the hand-written fast path must match byte for byte. */
function referenceEntryHash(prevHash: string, f: ChainedFields): string {
  const at = typeof f.occurredAt === 'string' ? f.occurredAt : f.occurredAt.toISOString();
  const content = canonicalize({
    v: 1, body: f.certificationBodyId, seq: f.seq, at, actor: f.actorUserId, roles: f.actorRoles, action: f.action,
    entityType: f.entityType, entityId: f.entityId, requestId: f.requestId, ip: f.clientIp, payloadHash: f.payloadHash,
  });
  return createHash('sha256').update(`${prevHash}\n${content}`).digest('hex');
}

describe('audit chain', () => {
  it.each([
    ['plain', fields(1)],
    ['null actor, no roles', fields(2, { actorUserId: null, actorRoles: [] })],
    ['quotes, backslashes, control chars and non-ASCII', fields(3, { entityId: 'a"b\\c\n\u0001é😀', action: 'x.“y”', actorRoles: ['admin', 'auditor'] })],
    ['ISO string time', fields(4, { occurredAt: '2026-01-01T08:00:04.123Z' })],
    ['large seq', fields(9_007_199_254_740, { occurredAt: new Date(0) })],
  ])('entryHash equals the RFC 8785 reference (%s)', (_name, f) => {
    expect(entryHash(GENESIS_HASH, f)).toBe(referenceEntryHash(GENESIS_HASH, f));
  });

  it.each([
    { b: 1, a: [3, 'x', null, { z: 1, y: [true, false] }], 'é': 'ü', A: 1e21, n: -0.5 },
    { '\u20ac': 1, '\r': 2, '\ud83d\ude00': 3, ab: 4, a: 5, B: 6 },
    { when: new Date('2026-01-01T00:00:00Z'), skip: undefined, list: [undefined, 1] },
    'text', 42, true, null, [],
  ])('canonicalJson equals the canonicalize package for %j', (value) => {
    expect(canonicalJson(value)).toBe(canonicalize(value));
  });

  it('accepts an intact chain and keeps its last hash', () => {
    const entries = chain(5);
    const sut = run(entries, { seq: 5, hash: entries[4].hash });
    expect(sut.firstBreak).toBeUndefined();
    expect(sut.checked).toBe(5);
    expect(sut.lastHash).toBe(entries[4].hash);
  });

  it('reports an altered field as hash_mismatch at that seq', () => {
    const entries = chain(5);
    entries[2] = { ...entries[2], action: 'certificate.revoked' };
    expect(run(entries).firstBreak).toEqual({ seq: 3, reason: 'hash_mismatch' });
  });

  it('reports an altered payload as payload_mismatch', () => {
    const entries = chain(5);
    entries[1] = { ...entries[1], payload: { n: 99 } };
    expect(run(entries).firstBreak).toEqual({ seq: 2, reason: 'payload_mismatch' });
  });

  it('does not recheck a payload kept as hash only', () => {
    const entries = chain(3);
    entries[1] = { ...entries[1], payload: null };
    expect(run(entries).firstBreak).toBeUndefined();
  });

  it('reports a removed entry as a gap at the missing seq', () => {
    const entries = chain(5);
    entries.splice(2, 1);
    expect(run(entries).firstBreak).toEqual({ seq: 3, reason: 'gap' });
  });

  it('reports two swapped entries at the first swapped seq', () => {
    const entries = chain(5);
    const [a, b] = [entries[1], entries[2]];
    entries[1] = { ...b, seq: 2 };
    entries[2] = { ...a, seq: 3 };
    expect(run(entries).firstBreak).toEqual({ seq: 2, reason: 'prev_hash_mismatch' });
  });

  it('reports a deleted tail through the head row', () => {
    const entries = chain(5);
    expect(run(entries.slice(0, 3), { seq: 5, hash: entries[4].hash }).firstBreak).toEqual({ seq: 4, reason: 'tail_missing' });
  });

  it('reports a head that names another hash', () => {
    const entries = chain(3);
    expect(run(entries, { seq: 3, hash: entries[1].hash }).firstBreak).toEqual({ seq: 3, reason: 'head_mismatch' });
  });

  it('treats a missing head row as an empty chain', () => {
    expect(run([], null).firstBreak).toBeUndefined();
    expect(run(chain(1), null).firstBreak).toEqual({ seq: 1, reason: 'head_mismatch' });
  });

  it('expects a range to reach its last seq', () => {
    const sut = new ChainVerifier(GENESIS_HASH, 1);
    chain(2).forEach((e) => sut.push(e));
    expect(sut.expectLast(4)).toBe(false);
    expect(sut.firstBreak).toEqual({ seq: 3, reason: 'gap' });
  });
});

describe('audit chain hash formula', () => {
  it('keeps the hash of a known entry equal to sha256(prev + "\\n" + RFC 8785 content)', () => {
    const f = {
      certificationBodyId: '3f0c1a2b-1111-4222-8333-444455556666', seq: 7, occurredAt: new Date('2026-11-20T08:15:30.045Z'),
      actorUserId: null, actorRoles: ['admin', 'assessor'], action: 'certificate.issued', entityType: 'certificate',
      entityId: 'c-1', requestId: 'r-1', clientIp: '10.0.0.1', payloadHash: payloadHashOf({ b: [1, 'x'], a: true }),
    };
    const content = canonicalize({ v: 1, body: f.certificationBodyId, seq: 7, at: '2026-11-20T08:15:30.045Z', actor: null,
      roles: f.actorRoles, action: f.action, entityType: f.entityType, entityId: f.entityId, requestId: f.requestId, ip: f.clientIp,
      payloadHash: f.payloadHash });
    expect(entryHash(GENESIS_HASH, f)).toBe(createHash('sha256').update(`${GENESIS_HASH}\n${content}`).digest('hex'));
  });
});
