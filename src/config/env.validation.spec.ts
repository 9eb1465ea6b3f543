import { getMetadataStorage } from 'class-validator';
import { readFileSync } from 'node:fs';
import { Environment, InvalidEnvironmentError, validateEnvironment } from './env.validation.js';

const failure = (raw: Record<string, string>): string => {
  try {
    validateEnvironment(raw);
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidEnvironmentError);
    return (e as Error).message;
  }
  throw new Error('expected the configuration to be refused');
};

describe('validateEnvironment', () => {
  it('applies defaults and converts numbers and booleans', () => {
    const env = validateEnvironment({ PORT: '3100', SEED_DEMO: 'false' });
    expect(env.PORT).toBe(3100);
    expect(env.SEED_DEMO).toBe(false);
    expect(env.DATA_DIR).toBe('.data');
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('treats empty values as unset', () => {
    expect(validateEnvironment({ DATABASE_URL: '', PORT: '' }).PORT).toBe(3000);
  });

  it('names a bad PORT', () => {
    expect(failure({ PORT: 'eighty' })).toMatch(/^\s*PORT: /m);
    expect(failure({ PORT: '70000' })).toMatch(/PORT: .*65535/);
  });

  it('names a bad DATABASE_URL and accepts a postgres URL', () => {
    expect(failure({ DATABASE_URL: 'mysql://root@localhost/app' })).toMatch(/DATABASE_URL: /);
    expect(validateEnvironment({ DATABASE_URL: 'postgres://u:p@db:5432/kompeten' }).DATABASE_URL).toContain('db:5432');
  });

  it('names every bad variable at once', () => {
    const message = failure({ PORT: 'x', LOG_LEVEL: 'loud', DATABASE_POOL_SIZE: '0' });
    expect(message).toMatch(/PORT/);
    expect(message).toMatch(/LOG_LEVEL/);
    expect(message).toMatch(/DATABASE_POOL_SIZE/);
  });

  it('refuses production without JWT_SECRET, and a short one anywhere', () => {
    expect(failure({ NODE_ENV: 'production' })).toMatch(/JWT_SECRET: must be set in production/);
    expect(failure({ JWT_SECRET: 'short' })).toMatch(/JWT_SECRET/);
    const env = validateEnvironment({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), AUDIT_ANCHOR_KEY: 'y'.repeat(40) });
    expect(env.NODE_ENV).toBe('production');
  });
});

describe('.env.example', () => {
  it('documents every variable the API reads', () => {
    const variables = new Set(
      getMetadataStorage().getTargetValidationMetadatas(Environment, '', true, false).map((m) => m.propertyName),
    );
    const documented = new Set([...readFileSync('.env.example', 'utf8').matchAll(/^#? ?([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]));
    expect([...variables].sort()).toEqual([...documented].sort());
  });
});
