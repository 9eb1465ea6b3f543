import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { canonicalJson, ChainVerifier, entryContent, entryContentObject, entryHash, GENESIS_HASH, payloadHashOf, type ChainedFields } from './audit-chain.js';

/** Any outcome of a function as a comparable value: its result or the fact that it threw. */
const outcome = (f: () => string) => {
  try {
    return { ok: f() };
  } catch {
    return { threw: true };
  }
};

// Strings with quotes, backslashes, control characters, non-BMP characters and lone surrogates.
const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.constantFrom('a"b', 'c\\d', 'e\nf', '\u2028', '\ud800', 'x\udc00y', '😀'));

const fields = fc.record<ChainedFields>({
  certificationBodyId: fc.oneof(fc.uuid(), text),
  seq: fc.oneof(fc.integer({ min: 1, max: 2 ** 40 }), fc.double()),
  occurredAt: fc.date(),
  actorUserId: fc.option(fc.oneof(fc.uuid(), text)),
  actorRoles: fc.array(fc.oneof(fc.constantFrom('assessor', 'admin'), text), { maxLength: 3 }),
  action: text,
  entityType: text,
  entityId: text,
  requestId: text,
  clientIp: text,
  payloadHash: fc.oneof(fc.stringMatching(/^[0-9a-f]{64}$/), text),
});

describe('audit chain hashing', () => {
  it('builds exactly the generic RFC 8785 form of the entry content, or fails where it fails', () => {
    fc.assert(
      fc.property(fields, (f) => {
        expect(outcome(() => entryContent(f))).toEqual(outcome(() => canonicalize(entryContentObject(f)) as string));
      }),
      { numRuns: 3000 },
    );
  });

  it('canonicalises any JSON payload exactly like the generic library', () => {
    const payload = fc.oneof(fc.jsonValue(), fc.anything(), fc.object({ key: text, values: [text, fc.integer(), fc.double()] }));
    fc.assert(
      fc.property(payload, (p) => {
        expect(outcome(() => canonicalJson(p))).toEqual(outcome(() => canonicalize(p ?? null) ?? 'null'));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps the hash of a known entry unchanged', () => {
    const f: ChainedFields = {
      certificationBodyId: '3f0c1a2b-1111-4222-8333-444455556666', seq: 7, occurredAt: new Date('2026-11-20T08:15:30.045Z'),
      actorUserId: null, actorRoles: ['admin', 'assessor'], action: 'certificate.issued', entityType: 'certificate',
      entityId: 'c-1', requestId: 'r-1', clientIp: '10.0.0.1', payloadHash: payloadHashOf({ b: [1, 'x'], a: true }),
    };
    const content = canonicalize({ v: 1, body: f.certificationBodyId, seq: 7, at: '2026-11-20T08:15:30.045Z', actor: null,
      roles: f.actorRoles, action: f.action, entityType: f.entityType, entityId: f.entityId, requestId: f.requestId, ip: f.clientIp,
      payloadHash: f.payloadHash });
    expect(entryHash(GENESIS_HASH, f)).toBe(createHash('sha256').update(`${GENESIS_HASH}\n${content}`).digest('hex'));
  });

  it('verifies a chain and reports the first altered entry', () => {
    let prevHash = GENESIS_HASH;
    const entries = Array.from({ length: 5 }, (_, i) => {
      const payload = { verdict: i % 2 ? 'K' : 'BK', note: 'kata "kunci"' };
      const f: ChainedFields = { certificationBodyId: 'b', seq: i + 1, occurredAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)), actorUserId: 'u',
        actorRoles: ['assessor'], action: 'judgement.recorded', entityType: 'assessment', entityId: 'a', requestId: '', clientIp: '', payloadHash: payloadHashOf(payload) };
      const e = { ...f, payload, prevHash, hash: entryHash(prevHash, f) };
      prevHash = e.hash;
      return e;
    });
    const intact = new ChainVerifier(GENESIS_HASH, 1);
    expect(entries.every((e) => intact.push(e))).toBe(true);
    const tampered = new ChainVerifier(GENESIS_HASH, 1);
    entries.forEach((e, i) => tampered.push(i === 2 ? { ...e, action: 'judgement.deleted' } : e));
    expect(tampered.firstBreak).toEqual({ seq: 3, reason: 'hash_mismatch' });
  });
});
