import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { reviewForm } from '../factories/quality.factory.js';
import { type Actor, BODY_ACTORS, type MatrixContext } from './matrix-context.js';
import type { MatrixRow, Status } from './matrix.js';
import { decidedAssessment } from './certification.matrix.js';

type BodyActor = (typeof BODY_ACTORS)[number];
const QUALITY_STAFF: BodyActor[] = ['admin', 'auditor'];
const REACH: Actor[] = ['admin', 'auditor'];

/** Like bodyScoped in matrix.ts (not imported: that module imports this one). */
const scoped = (ok: Status, allowed: readonly BodyActor[], otherBody: Status): Record<Actor, Status> => {
  const e = { anonymous: 401, platform_admin: 403, other_body_admin: otherBody } as Record<Actor, Status>;
  for (const a of BODY_ACTORS) e[a] = allowed.includes(a) ? ok : 403;
  return e;
};

const PERIOD = { from: '2020-01-01', to: '2099-12-31' };

/** A sample of every decided assessment of body A (drawn by its admin): each review for it is a fresh (assessment, sample) pair. */
async function sampleOfAll(ctx: MatrixContext): Promise<string> {
  const res = await request(ctx.http).post('/quality/samples').set(await ctx.auth('admin')).send({ ...PERIOD, size: 10000 });
  if (res.status !== 201) throw new Error(`setup: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

async function reviewBy(ctx: MatrixContext, actor: Actor): Promise<string> {
  const assessmentId = await decidedAssessment(ctx);
  const res = await request(ctx.http).post('/quality/reviews').set(await ctx.auth(actor))
    .send({ assessmentId, sampleId: await sampleOfAll(ctx), ...reviewForm() });
  if (res.status !== 201) throw new Error(`setup: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

const shared = new WeakMap<MatrixContext, Promise<{ sampleId: string; reviewId: string }>>();
function fixtures(ctx: MatrixContext) {
  if (!shared.has(ctx)) shared.set(ctx, (async () => ({ reviewId: await reviewBy(ctx, 'admin'), sampleId: await sampleOfAll(ctx) }))());
  return shared.get(ctx)!;
}

export const QUALITY_MATRIX: MatrixRow[] = [
  {
    route: 'POST /quality/samples',
    build: async (ctx, actor) => {
      if (REACH.includes(actor)) await fixtures(ctx); // at least one decided assessment in body A
      return { path: '/quality/samples', body: { ...PERIOD, stratifyBy: ['assessor'], minPerAssessor: true, seed: 'matrix' } };
    },
    // body B has decided nothing: its admin passes authorization and meets the empty population
    expect: scoped(201, QUALITY_STAFF, 409),
  },
  { route: 'GET /quality/samples', build: () => ({ path: '/quality/samples' }), expect: scoped(200, QUALITY_STAFF, 200) },
  {
    route: 'GET /quality/samples/{id}',
    build: async (ctx) => ({ path: `/quality/samples/${(await fixtures(ctx)).sampleId}` }),
    expect: scoped(200, QUALITY_STAFF, 404),
  },
  {
    route: 'POST /quality/reviews',
    build: async (ctx, actor) => {
      const reaches = REACH.includes(actor) || actor === 'other_body_admin';
      const assessmentId = reaches ? await decidedAssessment(ctx) : randomUUID();
      const sampleId = REACH.includes(actor) ? await sampleOfAll(ctx) : undefined;
      return { path: '/quality/reviews', body: { assessmentId, ...(sampleId ? { sampleId } : {}), ...reviewForm() } };
    },
    expect: scoped(201, QUALITY_STAFF, 404),
  },
  { route: 'GET /quality/reviews', build: () => ({ path: '/quality/reviews?current=true' }), expect: scoped(200, QUALITY_STAFF, 200) },
  {
    route: 'GET /quality/reviews/{id}',
    build: async (ctx) => ({ path: `/quality/reviews/${(await fixtures(ctx)).reviewId}` }),
    expect: scoped(200, QUALITY_STAFF, 404),
  },
  {
    route: 'GET /quality/reviews/{id}/pdf',
    build: async (ctx) => ({ path: `/quality/reviews/${(await fixtures(ctx)).reviewId}/pdf` }),
    expect: scoped(200, QUALITY_STAFF, 404),
  },
  {
    route: 'POST /quality/reviews/{id}/corrections',
    build: async (ctx, actor) => ({
      path: `/quality/reviews/${REACH.includes(actor) ? await reviewBy(ctx, actor) : (await fixtures(ctx)).reviewId}/corrections`,
      body: { ...reviewForm({ findings: 'Koreksi temuan' }), reason: 'Salah ketik pada temuan' },
    }),
    expect: scoped(201, QUALITY_STAFF, 404),
  },
  { route: 'GET /reports', build: () => ({ path: '/reports' }), expect: scoped(200, QUALITY_STAFF, 200) },
  {
    route: 'GET /reports/{name}',
    build: () => ({ path: `/reports/decisions?from=${PERIOD.from}&to=${PERIOD.to}` }),
    expect: scoped(200, QUALITY_STAFF, 200),
  },
];
