import 'reflect-metadata';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

const toBool = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? ['1', 'true', 'yes', 'on'].includes(value.toLowerCase()) : value;

const DEV_JWT_SECRET = 'kompeten-development-secret-change-me-in-production';
const DEV_AUDIT_ANCHOR_KEY = 'kompeten-development-audit-anchor-key-change-me';

/** Every environment variable the API reads. `.env.example` documents each one. */
export class Environment {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @IsInt() @Min(0) @Max(65535) @Transform(({ value }) => Number(value))
  PORT = 3000;

  @IsOptional() @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false })
  DATABASE_URL?: string;

  @IsOptional() @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false })
  DATABASE_REPLICA_URL?: string;

  @IsInt() @Min(1) @Max(200) @Transform(({ value }) => Number(value))
  DATABASE_POOL_SIZE = 10;

  @IsString()
  DATA_DIR = '.data';

  @IsInt() @Min(1024) @Max(65535) @Transform(({ value }) => Number(value))
  EMBEDDED_PG_PORT = 54329;

  @IsString() @MinLength(32)
  JWT_SECRET = DEV_JWT_SECRET;

  /** HMAC-SHA256 key that signs audit chain anchors (docs/audit.md). Keep it outside the database. */
  @IsString() @MinLength(32)
  AUDIT_ANCHOR_KEY = DEV_AUDIT_ANCHOR_KEY;

  @IsInt() @Min(30) @Transform(({ value }) => Number(value))
  JWT_ACCESS_TTL_SECONDS = 900;

  @IsInt() @Min(1) @Transform(({ value }) => Number(value))
  REFRESH_TOKEN_TTL_DAYS = 30;

  @IsString()
  CORS_ORIGINS = '';

  @IsString()
  BODY_LIMIT = '1mb';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsBoolean() @Transform(toBool)
  SEED_DEMO = true;

  @IsOptional() @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false })
  REDIS_URL?: string;

  @IsUrl({ require_tld: false })
  PUBLIC_BASE_URL = 'http://localhost:3000';
}

export class InvalidEnvironmentError extends Error {}

/** Validates `process.env`-like input; throws one error naming every bad variable. */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const cleaned = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== ''));
  const env = plainToInstance(Environment, cleaned, { exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false, whitelist: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => `  ${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new InvalidEnvironmentError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  if (env.NODE_ENV === 'production' && env.JWT_SECRET === DEV_JWT_SECRET) {
    throw new InvalidEnvironmentError('Invalid configuration:\n  JWT_SECRET: must be set in production');
  }
  if (env.NODE_ENV === 'production' && env.AUDIT_ANCHOR_KEY === DEV_AUDIT_ANCHOR_KEY) {
    throw new InvalidEnvironmentError('Invalid configuration:\n  AUDIT_ANCHOR_KEY: must be set in production');
  }
  return env;
}
