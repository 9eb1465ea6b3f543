import fc from 'fast-check';
import request from 'supertest';
import type { BuiltRequest, MatrixRow } from '../authz/matrix.js';
import { ACTORS, type Actor, type MatrixContext } from '../authz/matrix-context.js';
import { bodyArbitrary, expandDeepPlaceholders, INVALID_UUIDS, nastyString, oddString, queryArbitrary } from './openapi-arbitraries.js';
import { bodySchema, type DocumentedOperation, type OpenApiDocument, type ResponseValidator } from './openapi-document.js';

export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 15);
/** Fixed, so a failure reproduces; fast-check prints seed and path with the counterexample. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261122);

export interface FuzzCase {
  actor: Actor;
  pathParams: Record<string, string>;
  query: Record<string, string>;
  body?: unknown;
  multipart?: { fields: Record<string, string>; file?: { field: string; name: string; content: Buffer } };
}

/** Actors the matrix lets through (2xx); the admin when nobody gets through (e.g. an always-409 row). */
export function allowedActors(row: MatrixRow): Actor[] {
  const ok = ACTORS.filter((a) => row.expect[a] < 300);
  return ok.length ? ok : ['admin'];
}

/** Path parameter values of a built request, read back through the route template. */
export function pathParamsOf(template: string, path: string): Record<string, string> {
  const names = [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  const match = new RegExp(`^${template.replace(/\{[^}]+\}/g, '([^/]+)')}$`).exec(path.split('?')[0]);
  return Object.fromEntries(names.map((n, i) => [n, match?.[i + 1] ?? '']));
}

export function caseArbitrary(doc: OpenApiDocument, o: DocumentedOperation, row: MatrixRow, base: BuiltRequest): fc.Arbitrary<FuzzCase> {
  const known = pathParamsOf(o.path, base.path);
  const pathParams = fc.record(Object.fromEntries(Object.entries(known).map(([name, value]) => [name, fc.oneof(
    { arbitrary: fc.constant(value), weight: 6 },
    { arbitrary: fc.uuid(), weight: 1 },
    { arbitrary: fc.constantFrom(...INVALID_UUIDS), weight: 1 },
    { arbitrary: oddString.filter((s) => s.length > 0), weight: 1 },
  )])));
  const actor = fc.oneof({ arbitrary: fc.constantFrom(...allowedActors(row)), weight: 4 }, { arbitrary: fc.constantFrom(...ACTORS), weight: 1 });
  const query = queryArbitrary(doc, (o.op.parameters ?? []).filter((p) => p.in === 'query'));
  const multipart = o.op.requestBody?.content['multipart/form-data'];
  const json = bodySchema(doc, o.op);
  let payload: fc.Arbitrary<Pick<FuzzCase, 'body' | 'multipart'>>;
  if (multipart) {
    const fields = fc.dictionary(
      fc.oneof(fc.constantFrom(...Object.keys(base.fields ?? {}), '__proto__', 'certificationBodyId'), fc.string({ minLength: 1, maxLength: 10 })),
      nastyString, { maxKeys: 3 },
    ).map((extra) => ({ ...base.fields, ...extra }));
    const file = fc.option(fc.record({
      field: fc.constant(base.file?.field ?? 'file'),
      name: fc.oneof(fc.constant(base.file?.name ?? 'a.pdf'), oddString.filter((s) => s.length > 0)),
      content: fc.oneof(fc.constant(base.file?.content ?? Buffer.alloc(0)), fc.uint8Array({ maxLength: 2000 }).map((a) => Buffer.from(a))),
    }), { nil: undefined, freq: 6 });
    payload = fc.record({ multipart: fc.record({ fields, file }) });
  } else if (json || base.body) {
    payload = fc.record({ body: bodyArbitrary(doc, json, base.body) });
  } else {
    payload = fc.oneof(fc.constant({}), fc.record({ body: fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 2 }) }));
  }
  return fc.record({ actor, pathParams, query }).chain((c) => payload.map((p) => ({ ...c, ...p })));
}

/** Sends a matrix row's request (JSON body or multipart form) with the given headers. */
export function sendBuilt(http: MatrixContext['http'], method: string, built: BuiltRequest, auth: Record<string, string>) {
  const req = request(http)[method as 'get' | 'post' | 'patch' | 'delete'](built.path).set(auth);
  if (built.file) {
    for (const [k, v] of Object.entries(built.fields ?? {})) req.field(k, v);
    return req.attach(built.file.field, built.file.content, built.file.name);
  }
  return built.body ? req.send(built.body) : req;
}

/** Encodes a path segment; a lone surrogate goes out as the invalid UTF-8 it would be. */
function segment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
}

let client = 0;

export async function send(ctx: MatrixContext, o: DocumentedOperation, c: FuzzCase) {
  // each case from its own client address (trusted from loopback): hundreds of fuzzed sign-ins must
  // not use up the per-address login limit of 127.0.0.1, which the matrix rows sign in from
  const address = `10.${(++client >> 16) & 255}.${(client >> 8) & 255}.${client & 255}`;
  const path = o.path.replace(/\{([^}]+)\}/g, (_, n: string) => segment(c.pathParams[n]));
  const qs = new URLSearchParams(c.query).toString();
  const req = request(ctx.http)[o.method as 'get' | 'post' | 'patch' | 'delete'](qs ? `${path}?${qs}` : path).set(await ctx.auth(c.actor)).set('X-Forwarded-For', address);
  if (c.multipart) {
    for (const [k, v] of Object.entries(c.multipart.fields)) req.field(k, v);
    return c.multipart.file ? req.attach(c.multipart.file.field, c.multipart.file.content, c.multipart.file.name) : req;
  }
  if (c.body === undefined) return req;
  return req.set('Content-Type', 'application/json').send(expandDeepPlaceholders(JSON.stringify(c.body)));
}

type Res = Awaited<ReturnType<typeof send>>;

const PROTOTYPES: Array<[string, object]> = [['Object', Object.prototype], ['Array', Array.prototype], ['Function', Function.prototype]];
const CLEAN = PROTOTYPES.map(([n, p]) => `${n}: ${Reflect.ownKeys(p).map(String).sort().join(',')}`);

/** The server runs in this process: a polluted built-in prototype shows here. */
export function checkNoPrototypePollution(): void {
  const now = PROTOTYPES.map(([n, p]) => `${n}: ${Reflect.ownKeys(p).map(String).sort().join(',')}`);
  if (now.join() !== CLEAN.join() || Object.prototype.constructor !== Object) throw new Error(`prototype pollution: ${now.join(' | ')}`);
}

/** The rules every answer keeps. Throws with a readable message (fast-check adds the counterexample). */
export function checkAnswer(o: DocumentedOperation, res: Res, validator: ResponseValidator): void {
  checkNoPrototypePollution();
  const status = String(res.status);
  const brief = `${o.route} answered ${status}: ${(res.text ?? '').slice(0, 400)}`;
  if (res.status >= 500) throw new Error(`server error: ${brief}`);
  const documented = o.op.responses[status];
  if (!documented) throw new Error(`undocumented status (documented: ${Object.keys(o.op.responses)}): ${brief}`);
  const type = String(res.headers['content-type'] ?? '');
  if (res.status >= 400) {
    if (!type.startsWith('application/problem+json')) throw new Error(`4xx without problem+json (${type}): ${brief}`);
    const problem = JSON.parse(res.text);
    if (typeof problem.code !== 'string' || typeof problem.requestId !== 'string' || !problem.requestId)
      throw new Error(`problem without code/requestId: ${brief}`);
    return;
  }
  const schema = documented.content?.['application/json']?.schema;
  if (!schema || res.status === 204) return;
  if (!type.startsWith('application/json')) throw new Error(`2xx documented as JSON came as ${type}: ${brief}`);
  const error = validator.check(`${o.route} ${status}`, schema, res.body);
  if (error) throw new Error(`2xx body does not match the document (${error}): ${brief}`);
}
