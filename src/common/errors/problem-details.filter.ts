import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { DomainError, statusForCode } from './domain-error.js';
import { problem, type Problem } from './problem.js';

const HTTP_CODES: Record<number, string> = {
  400: 'REQUEST.BAD_REQUEST',
  401: 'AUTH.UNAUTHORIZED',
  403: 'AUTH.FORBIDDEN',
  404: 'ROUTE.NOT_FOUND',
  405: 'ROUTE.METHOD_NOT_ALLOWED',
  413: 'REQUEST.TOO_LARGE',
  415: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
  429: 'REQUEST.TOO_MANY_REQUESTS',
  503: 'SERVICE.UNAVAILABLE',
};

/** PostgreSQL SQLSTATEs that bad input can cause, and the answer each deserves. */
function fromDatabaseError(err: QueryFailedError): Problem | undefined {
  const driver = err.driverError as { code?: string; detail?: string; constraint?: string };
  const constraint = driver.constraint ? { constraint: driver.constraint } : {};
  switch (driver.code) {
    case '23505':
      return problem(409, 'RESOURCE.ALREADY_EXISTS', 'A record with the same unique values already exists', constraint);
    case '23503':
      return /still referenced/.test(driver.detail ?? '')
        ? problem(409, 'RESOURCE.IN_USE', 'The record is still referenced by other records', constraint)
        : problem(422, 'REFERENCE.INVALID', 'The request refers to a record that does not exist', constraint);
    case '23514':
    case '23502':
      return problem(422, 'REQUEST.CONSTRAINT_INVALID', 'The request violates a data rule', constraint);
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
    case '22001':
    case '22021':
    case '54000':
      return problem(400, 'REQUEST.VALIDATION_FAILED', 'A value in the request is not valid');
    case '40001':
    case '40P01':
    case '55P03':
      return problem(409, 'CONCURRENCY.CONFLICT', 'The record was changed concurrently; retry the request');
    case '57014':
      return problem(503, 'DATABASE.UNAVAILABLE', 'The database did not answer in time');
  }
  return undefined;
}

/** Connection-level failures: the database is down, restarting or unreachable. Not the request's fault. */
const CONNECTION_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE']);
const CONNECTION_MESSAGES = /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|terminating connection due to administrator command|the database system is (starting up|shutting down|in recovery mode)/i;

export function isDatabaseUnavailable(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  const e = (err instanceof QueryFailedError ? err.driverError : err) as { code?: string; message?: string };
  const code = String(e.code ?? '');
  // SQLSTATE class 08 (connection exception), 57P01–57P03 (shutdown, crash, cannot connect now)
  return CONNECTION_ERRNOS.has(code) || /^08|^57P0[1-3]$/.test(code) || CONNECTION_MESSAGES.test(String(e.message ?? (err as Error).message ?? ''));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function fromHttpException(err: HttpException, params: Record<string, unknown>): Problem {
  const status = err.getStatus();
  const body = err.getResponse();
  const message = typeof body === 'string' ? body : ((body as { message?: unknown }).message ?? err.message);
  const detail = Array.isArray(message) ? message.join('; ') : String(message);
  // Nest's ParseUUIDPipe does not say which parameter failed: name every path parameter that is not a UUID.
  if (status === 400 && /uuid.* is expected|passed as UUID/i.test(detail)) {
    const errors = Object.entries(params)
      .filter(([, v]) => typeof v !== 'string' || !UUID.test(v))
      .map(([name]) => ({ pointer: `/params/${name}`, detail: `${name} must be a UUID` }));
    return problem(400, 'REQUEST.VALIDATION_FAILED', 'The request is not valid', { errors });
  }
  return problem(status, HTTP_CODES[status] ?? `HTTP.${status}`, detail);
}

/** Errors raised by Express middleware (body-parser and friends) carry `status` and `type`. */
function fromMiddlewareError(err: { status?: number; statusCode?: number; type?: string }): Problem | undefined {
  const status = err.status ?? err.statusCode;
  if (!status || status < 400 || status >= 500) return undefined;
  if (err.type === 'entity.parse.failed') return problem(400, 'REQUEST.MALFORMED', 'The request body is not valid JSON');
  if (err.type === 'entity.too.large') return problem(413, 'REQUEST.TOO_LARGE', 'The request body is too large');
  if (err.type === 'encoding.unsupported' || err.type === 'charset.unsupported')
    return problem(415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE', 'The request encoding is not supported');
  return problem(status, HTTP_CODES[status] ?? `HTTP.${status}`, 'The request could not be processed');
}

/** The one global filter: every failure leaves as application/problem+json with a request id. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(err: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request & { id?: string }>();
    const res = ctx.getResponse<Response>();
    const body = this.toProblem(err, req.params ?? {});
    body.requestId = String(req.id ?? '');
    body.instance = req.originalUrl?.split('?')[0];
    if (body.status >= 500) this.logger.error({ err, requestId: body.requestId }, 'unhandled error');
    if (res.headersSent) return void res.end();
    if (body.status === 401) res.setHeader('WWW-Authenticate', 'Bearer');
    if (typeof body.retryAfterSeconds === 'number') res.setHeader('Retry-After', String(body.retryAfterSeconds));
    res.status(body.status).type('application/problem+json').send(JSON.stringify(body));
  }

  private toProblem(err: unknown, params: Record<string, unknown>): Problem {
    if (err instanceof DomainError) {
      return problem(statusForCode(err.code), err.code, err.message, {
        ...(err.details ?? {}),
        ...(err.errors ? { errors: err.errors } : {}),
      });
    }
    if (err instanceof HttpException) {
      // Express/body-parser failures arrive wrapped, with the original as the cause.
      const cause = err.cause as { status?: number } | undefined;
      return (cause && typeof cause === 'object' && fromMiddlewareError(cause)) || fromHttpException(err, params);
    }
    if (err instanceof QueryFailedError) {
      const mapped = fromDatabaseError(err);
      if (mapped) return mapped;
    }
    if (isDatabaseUnavailable(err)) {
      return problem(503, 'DATABASE.UNAVAILABLE', 'The database is not reachable; retry the request shortly', { retryAfterSeconds: 5 });
    }
    if (err && typeof err === 'object') {
      const mapped = fromMiddlewareError(err as { status?: number });
      if (mapped) return mapped;
    }
    return problem(500, 'INTERNAL.ERROR', 'An unexpected error occurred. Quote the request id when reporting it.');
  }
}
