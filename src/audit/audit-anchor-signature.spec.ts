import { validateEnvironment } from '../config/env.validation.js';
import { anchorMessage, anchorSignatureValid, keyFingerprint, signAnchor } from './audit-anchor-signature.js';

const KEY = 'k'.repeat(40);
const anchor = {
  certificationBodyId: '7d3f7c2a-1111-4222-8333-444455556666',
  seq: 42,
  hash: 'a'.repeat(64),
  anchoredAt: new Date('2026-03-01T08:15:30.123Z'),
};

describe('audit anchor signature', () => {
  it('signs the canonical head and accepts only that head under that key', () => {
    expect(anchorMessage(anchor)).toBe(
      '{"at":"2026-03-01T08:15:30.123Z","body":"7d3f7c2a-1111-4222-8333-444455556666","hash":"' + 'a'.repeat(64) + '","seq":42,"v":1}',
    );
    const sig = signAnchor(KEY, anchor);
    expect(anchorSignatureValid(KEY, anchor, sig)).toBe(true);
    expect(anchorSignatureValid(KEY, { ...anchor, seq: 41 }, sig)).toBe(false);
    expect(anchorSignatureValid(KEY, { ...anchor, hash: 'b'.repeat(64) }, sig)).toBe(false);
    expect(anchorSignatureValid('x'.repeat(40), anchor, sig)).toBe(false);
    expect(anchorSignatureValid(KEY, anchor, 'zz')).toBe(false);
  });

  it('fingerprints the key without revealing it', () => {
    expect(keyFingerprint(KEY)).toMatch(/^[0-9a-f]{16}$/);
    expect(keyFingerprint(KEY)).not.toBe(keyFingerprint('x'.repeat(40)));
  });

  it('requires a real AUDIT_ANCHOR_KEY in production', () => {
    const prod = { NODE_ENV: 'production', JWT_SECRET: 's'.repeat(40) };
    expect(() => validateEnvironment(prod)).toThrow(/AUDIT_ANCHOR_KEY/);
    expect(validateEnvironment({ ...prod, AUDIT_ANCHOR_KEY: KEY }).AUDIT_ANCHOR_KEY).toBe(KEY);
  });
});
