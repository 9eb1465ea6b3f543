import { applyDecorators, type CallHandler, type ExecutionContext, Injectable, Logger, type NestInterceptor, UseInterceptors } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import { ApiHeader } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import type { Request } from 'express';
import { catchError, from, mergeMap, type Observable, of } from 'rxjs';
import { DataSource } from 'typeorm';
import { canonicalJson } from '../audit/audit-chain.js';
import type { AuthUser } from '../auth/auth-user.js';
import { RequestValidationError } from '../common/errors/domain-error.js';
import { RequestContext } from '../common/http/request-context.js';
import type { IdempotencyClaim } from './idempotency-claim.js';
import { IdempotencyInProgressError, IdempotencyKeyReusedError } from './idempotency.errors.js';
import { IdempotencyKey } from './idempotency-key.entity.js';

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/**
 * Honours `Idempotency-Key` on a create endpoint: the first request runs and its
 * key row commits with its effect; a repeat with the same key and request gets
 * the stored response; the same key with another request is refused.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Idempotency');

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const req = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const key = req.header('idempotency-key');
    const ctx = RequestContext.current();
    if (key === undefined || !req.user?.bodyId || !ctx) return next.handle();
    if (!KEY_PATTERN.test(key)) {
      throw new RequestValidationError([{ pointer: '/headers/idempotency-key', detail: 'Idempotency-Key must be 1 to 255 printable ASCII characters' }]);
    }
    const claim: IdempotencyClaim = {
      bodyId: req.user.bodyId, key, userId: req.user.id, request: `${req.method} ${req.path}`.slice(0, 600), requestHash: fingerprint(req),
    };
    const existing = await this.find(claim);
    if (existing) return of(replay(existing, claim));
    ctx.idempotency = claim;
    const status: number = Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) ?? (req.method === 'POST' ? 201 : 200);
    return next.handle().pipe(
      mergeMap(async (body) => {
        if (claim.recordedIn) await this.storeResponse(claim, status, body);
        return body;
      }),
      catchError((e) => from(this.afterFailure(e, claim))),
    );
  }

  private find(claim: IdempotencyClaim): Promise<IdempotencyKey | null> {
    return this.db.getRepository(IdempotencyKey).findOneBy({ certificationBodyId: claim.bodyId, key: claim.key });
  }

  private async storeResponse(claim: IdempotencyClaim, status: number, body: unknown): Promise<void> {
    await this.db.query(
      `UPDATE idempotency_keys SET response_status = $3, response_body = $4 WHERE certification_body_id = $1 AND key = $2`,
      [claim.bodyId, claim.key, status, JSON.stringify(body ?? null)],
    ).catch((e) => this.logger.warn(`could not store the response of idempotency key: ${(e as Error).message}`));
  }

  /**
   * A twin request with the same key committed while this one ran (this one then failed on the key's unique
   * index, or on the state the twin changed): answer as a repeat of the twin.
   */
  private async afterFailure(e: unknown, claim: IdempotencyClaim): Promise<unknown> {
    const row = await this.find(claim).catch(() => null);
    if (!row) throw e;
    return replay(row, claim);
  }
}

function replay(row: IdempotencyKey, claim: IdempotencyClaim): unknown {
  if (row.userId !== claim.userId || row.request !== claim.request || row.requestHash !== claim.requestHash) {
    throw new IdempotencyKeyReusedError();
  }
  if (row.responseStatus === null) throw new IdempotencyInProgressError(row.entityType, row.entityId);
  return row.responseBody;
}

/** Method, path and body. A multipart upload is not read ahead: its declared length stands for the body. */
function fingerprint(req: Request): string {
  const multipart = /^multipart\//i.test(req.header('content-type') ?? '');
  let body: string;
  try {
    body = multipart ? `multipart:${req.header('content-length') ?? ''}` : canonicalJson(req.body ?? null);
  } catch {
    body = JSON.stringify(req.body ?? null);
  }
  return createHash('sha256').update(`${req.method} ${req.path}\n${body}`).digest('hex');
}

/** Marks a create endpoint as accepting `Idempotency-Key` (docs/api.md). */
export const Idempotent = () =>
  applyDecorators(
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'Client-chosen key (1–255 printable ASCII). A repeat with the same key and request returns the first response; '
        + 'the same key with a different request answers 422 IDEMPOTENCY.KEY_REUSED; while the first is still running, 409 IDEMPOTENCY.IN_PROGRESS.',
      schema: { type: 'string', maxLength: 255, example: '3f2a9c1e-7b4d-4e0a-9d3c-5a1f2b6c7d8e' },
    }),
  );
