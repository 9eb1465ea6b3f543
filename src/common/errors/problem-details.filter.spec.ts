import { ArgumentsHost, BadRequestException, Logger, NotFoundException, ParseUUIDPipe } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { DomainError, NotFoundError, RequestValidationError } from './domain-error.js';
import { ProblemDetailsFilter } from './problem-details.filter.js';

interface Captured {
  status?: number;
  type?: string;
  body?: Record<string, any>;
  headers: Record<string, string>;
}

function render(err: unknown, params: Record<string, string> = {}): Captured {
  const out: Captured = { headers: {} };
  const res = {
    headersSent: false,
    setHeader: (k: string, v: string) => void (out.headers[k.toLowerCase()] = v),
    status(code: number) {
      out.status = code;
      return this;
    },
    type(t: string) {
      out.type = t;
      return this;
    },
    send(text: string) {
      out.body = JSON.parse(text);
      return this;
    },
  };
  const req = { id: 'req-123', originalUrl: '/things/1?x=y', params };
  const host = { switchToHttp: () => ({ getRequest: () => req, getResponse: () => res }) } as unknown as ArgumentsHost;
  new ProblemDetailsFilter().catch(err, host);
  return out;
}

const dbError = (code: string, detail = '', constraint = 'some_constraint') =>
  new QueryFailedError('INSERT ...', [], Object.assign(new Error('db'), { code, detail, constraint }));

describe('ProblemDetailsFilter', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('renders a domain error as problem+json with its code, status, request id and instance', () => {
    const out = render(new NotFoundError('Scheme', 'abc'));
    expect(out.status).toBe(404);
    expect(out.type).toBe('application/problem+json');
    expect(out.body).toMatchObject({
      status: 404,
      code: 'SCHEME.NOT_FOUND',
      title: 'Not Found',
      requestId: 'req-123',
      instance: '/things/1',
      type: 'https://kompeten.id/problems/scheme-not-found',
    });
  });

  it('keeps field-level errors of a validation failure', () => {
    const out = render(new RequestValidationError([{ pointer: '/name', detail: 'name is required' }]));
    expect(out.status).toBe(400);
    expect(out.body?.errors).toEqual([{ pointer: '/name', detail: 'name is required' }]);
  });

  it('answers an unexpected error with a generic 500 and no stack or message in the body', () => {
    const out = render(new Error('secret connection string postgres://x:y@z'));
    expect(out.status).toBe(500);
    expect(out.body).toMatchObject({ code: 'INTERNAL.ERROR', requestId: 'req-123' });
    const text = JSON.stringify(out.body);
    expect(text).not.toMatch(/secret|postgres:|at .*\.ts|stack/);
  });

  it('sets WWW-Authenticate on 401', () => {
    const out = render(new DomainError('AUTH.TOKEN_INVALID', 'bad token'));
    expect(out.status).toBe(401);
    expect(out.headers['www-authenticate']).toBe('Bearer');
  });

  it.each([
    ['23505', '', 409, 'RESOURCE.ALREADY_EXISTS'],
    ['23503', 'Key (scheme_id)=(x) is not present in table "schemes".', 422, 'REFERENCE.INVALID'],
    ['23503', 'Key (id)=(x) is still referenced from table "units".', 409, 'RESOURCE.IN_USE'],
    ['23514', '', 422, 'REQUEST.CONSTRAINT_INVALID'],
    ['23502', '', 422, 'REQUEST.CONSTRAINT_INVALID'],
    ['22P02', '', 400, 'REQUEST.VALIDATION_FAILED'],
    ['22001', '', 400, 'REQUEST.VALIDATION_FAILED'],
    ['22003', '', 400, 'REQUEST.VALIDATION_FAILED'],
    ['22007', '', 400, 'REQUEST.VALIDATION_FAILED'],
    ['40001', '', 409, 'CONCURRENCY.CONFLICT'],
    ['40P01', '', 409, 'CONCURRENCY.CONFLICT'],
    ['55P03', '', 409, 'CONCURRENCY.CONFLICT'],
    ['57014', '', 503, 'DATABASE.UNAVAILABLE'],
    ['XX000', '', 500, 'INTERNAL.ERROR'],
  ])('maps SQLSTATE %s (%s) to %i %s', (sqlstate, detail, status, code) => {
    const out = render(dbError(sqlstate, detail));
    expect(out.status).toBe(status);
    expect(out.body?.code).toBe(code);
    expect(JSON.stringify(out.body)).not.toContain('INSERT');
  });

  it('names the violated constraint but not the offending values', () => {
    const out = render(dbError('23505', 'Key (email)=(siti@example.id) already exists.', 'uq_users_email'));
    expect(out.body?.constraint).toBe('uq_users_email');
    expect(JSON.stringify(out.body)).not.toContain('siti@example.id');
  });

  it('turns a ParseUUIDPipe failure into a validation problem naming the parameter', async () => {
    const pipeError = await new ParseUUIDPipe().transform('not-a-uuid', { type: 'param', data: 'id' }).catch((e) => e);
    const out = render(pipeError, { id: 'not-a-uuid', bodyId: '0b7c3a5e-8f0e-4c1e-9d59-3f1f4b8a2c11' });
    expect(out.status).toBe(400);
    expect(out.body).toMatchObject({
      code: 'REQUEST.VALIDATION_FAILED',
      errors: [{ pointer: '/params/id', detail: 'id must be a UUID' }],
    });
  });

  it('maps body-parser failures to MALFORMED (400) and TOO_LARGE (413)', () => {
    const malformed = render(Object.assign(new SyntaxError('Unexpected token'), { status: 400, type: 'entity.parse.failed' }));
    expect(malformed.status).toBe(400);
    expect(malformed.body?.code).toBe('REQUEST.MALFORMED');
    const large = render(new BadRequestException('x', { cause: { status: 413, type: 'entity.too.large' } }));
    expect(large.status).toBe(413);
    expect(large.body?.code).toBe('REQUEST.TOO_LARGE');
  });

  it('gives Nest HTTP exceptions a stable code', () => {
    const out = render(new NotFoundException('Cannot GET /nope'));
    expect(out.status).toBe(404);
    expect(out.body?.code).toBe('ROUTE.NOT_FOUND');
  });
});
