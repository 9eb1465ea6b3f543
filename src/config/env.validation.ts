import 'reflect-metadata';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsJSON,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
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

  @IsInt() @Min(1) @Max(90) @Transform(({ value }) => Number(value))
  INVITATION_TTL_DAYS = 7;

  @IsString()
  CORS_ORIGINS = '';

  @IsString()
  BODY_LIMIT = '1mb';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsBoolean() @Transform(toBool)
  SEED_DEMO = true;

  /** Run background jobs (pg-boss) in this process. */
  @IsBoolean() @Transform(toBool)
  JOBS_ENABLED = true;

  /** JSON object of job name → cron expression, overriding built-in schedules. */
  @IsOptional() @IsJSON()
  JOB_CRON_OVERRIDES?: string;

  @IsOptional() @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false })
  REDIS_URL?: string;

  /** Prefix of every Redis key, so deployments can share one Redis. */
  @IsString() @Matches(/^[a-z0-9_:-]{1,40}$/)
  REDIS_KEY_PREFIX = 'kompeten';

  @IsUrl({ require_tld: false })
  PUBLIC_BASE_URL = 'http://localhost:3000';

  // Portfolio evidence (docs/evidence.md)
  @IsIn(['fs', 's3'])
  EVIDENCE_STORAGE: 'fs' | 's3' = 'fs';

  @IsInt() @Min(1) @Transform(({ value }) => Number(value))
  EVIDENCE_MAX_BYTES = 25 * 1024 * 1024;

  @IsInt() @Min(1) @Transform(({ value }) => Number(value))
  EVIDENCE_QUOTA_BYTES = 500 * 1024 * 1024;

  @IsInt() @Min(0) @Transform(({ value }) => Number(value))
  EVIDENCE_SWEEP_GRACE_SECONDS = 3600;

  /** clamd for antivirus scanning of uploads (INSTREAM over TCP); unset = no scanning (docs/security.md). */
  @IsOptional() @IsString()
  CLAMAV_HOST?: string;

  @IsInt() @Min(1) @Max(65535) @Transform(({ value }) => Number(value))
  CLAMAV_PORT = 3310;

  @IsInt() @Min(100) @Transform(({ value }) => Number(value))
  CLAMAV_TIMEOUT_MS = 30_000;

  @IsOptional() @IsUrl({ require_tld: false, require_protocol: true })
  S3_ENDPOINT?: string;

  @IsOptional() @IsString()
  S3_BUCKET?: string;

  @IsOptional() @IsString()
  S3_ACCESS_KEY_ID?: string;

  @IsOptional() @IsString()
  S3_SECRET_ACCESS_KEY?: string;

  @IsString()
  S3_REGION = 'us-east-1';

  @IsBoolean() @Transform(toBool)
  S3_FORCE_PATH_STYLE = false;
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
  if (env.EVIDENCE_STORAGE === 's3' && !env.S3_BUCKET) {
    throw new InvalidEnvironmentError('Invalid configuration:\n  S3_BUCKET: required when EVIDENCE_STORAGE=s3');
  }
  if (env.NODE_ENV === 'production' && env.AUDIT_ANCHOR_KEY === DEV_AUDIT_ANCHOR_KEY) {
    throw new InvalidEnvironmentError('Invalid configuration:\n  AUDIT_ANCHOR_KEY: must be set in production');
  }
  return env;
}
