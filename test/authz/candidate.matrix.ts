import { randomUUID } from 'node:crypto';
import request from 'supertest';
import {
  acceptedApplication, draftApplication, scheduleAssessment, uploadItem,
} from '../factories/candidate.factory.js';
import { type Actor, BODY_ACTORS, type MatrixContext } from './matrix-context.js';
import type { MatrixRow, Status } from './matrix.js';

type BodyActor = (typeof BODY_ACTORS)[number];

/** Like bodyScoped in matrix.ts (not imported: that module imports this one). */
const scoped = (ok: Status, allowed: readonly BodyActor[], otherBody: Status): Record<Actor, Status> => {
  const e = { anonymous: 401, platform_admin: 403, other_body_admin: otherBody } as Record<Actor, Status>;
  for (const a of BODY_ACTORS) e[a] = allowed.includes(a) ? ok : 403;
  return e;
};

/**
 * A fresh object only for callers that reach the service (the allowed roles and
 * body B's admin); callers the guard stops get any id.
 */
async function objectFor(actor: Actor, reaches: readonly Actor[], make: () => Promise<string>): Promise<string> {
  return reaches.includes(actor) ? make() : randomUUID();
}

const auth = (ctx: MatrixContext, a: 'candidate' | 'admin') => ctx.auth(a);
const draft = async (ctx: MatrixContext) => (await draftApplication(ctx.http, await auth(ctx, 'candidate'), ctx.published)).id;
const submitted = async (ctx: MatrixContext) => {
  const id = await draft(ctx);
  await request(ctx.http).post(`/applications/${id}/submit`).set(await auth(ctx, 'candidate')).expect(200);
  return id;
};
const accepted = async (ctx: MatrixContext) =>
  (await acceptedApplication(ctx.http, await auth(ctx, 'candidate'), await auth(ctx, 'admin'), ctx.published)).id;
const answers = (ctx: MatrixContext, itemId?: string) => ctx.published.tree.units.flatMap((u) =>
  u.elements.map((e) => ({ elementId: e.id, claim: 'K', portfolioItemIds: itemId ? [itemId] : [] })));
/** Accepted, self-assessment answered (not submitted). */
const answered = async (ctx: MatrixContext) => {
  const id = await accepted(ctx);
  const c = await auth(ctx, 'candidate');
  await request(ctx.http).put(`/applications/${id}/self-assessment`).set(c).send({ answers: answers(ctx, await uploadItem(ctx.http, c)) }).expect(200);
  return id;
};
const scheduled = async (ctx: MatrixContext) => {
  const applicationId = await accepted(ctx);
  return { applicationId, assessmentId: (await scheduleAssessment(ctx.http, await auth(ctx, 'admin'), applicationId, ctx.users.assessor.user.id)).id };
};
/** Shared read fixture: accepted, self-assessment submitted, assessment assigned to body A's assessor. */
const shared = new WeakMap<MatrixContext, Promise<{ applicationId: string; assessmentId: string }>>();
const assessed = (ctx: MatrixContext) => {
  if (!shared.has(ctx)) {
    shared.set(ctx, (async () => {
      const applicationId = await answered(ctx);
      await request(ctx.http).post(`/applications/${applicationId}/self-assessment/submit`).set(await auth(ctx, 'candidate')).expect(200);
      const { id } = await scheduleAssessment(ctx.http, await auth(ctx, 'admin'), applicationId, ctx.users.assessor.user.id);
      return { applicationId, assessmentId: id };
    })());
  }
  return shared.get(ctx)!;
};

// body B's admin holds no candidate permission: the guard stops it before any lookup
const CANDIDATE_ONLY: Actor[] = ['candidate'];
const ADMIN_ONLY: Actor[] = ['admin', 'other_body_admin'];

export const CANDIDATE_JOURNEY_MATRIX: MatrixRow[] = [
  // applications (FR.APL.01)
  {
    route: 'POST /applications',
    build: (ctx) => ({ path: '/applications', body: { schemeVersionId: ctx.schemes.versionId, purpose: 'certification' } }),
    expect: scoped(201, ['candidate'], 403),
  },
  { route: 'GET /applications', build: () => ({ path: '/applications' }), expect: scoped(200, ['candidate', 'admin', 'auditor'], 200) },
  {
    route: 'GET /applications/{id}',
    build: async (ctx) => ({ path: `/applications/${(await assessed(ctx)).applicationId}` }),
    expect: scoped(200, ['candidate', 'admin', 'auditor'], 404),
  },
  {
    route: 'PATCH /applications/{id}',
    build: async (ctx, actor) => ({ path: `/applications/${await objectFor(actor, CANDIDATE_ONLY, () => draft(ctx))}`, body: { purpose: 'pkt' } }),
    expect: scoped(200, ['candidate'], 403),
  },
  {
    route: 'POST /applications/{id}/submit',
    build: async (ctx, actor) => ({ path: `/applications/${await objectFor(actor, CANDIDATE_ONLY, () => draft(ctx))}/submit` }),
    expect: scoped(200, ['candidate'], 403),
  },
  {
    route: 'POST /applications/{id}/withdraw',
    build: async (ctx, actor) => ({ path: `/applications/${await objectFor(actor, CANDIDATE_ONLY, () => draft(ctx))}/withdraw`, body: { reason: 'Batal' } }),
    expect: scoped(200, ['candidate'], 403),
  },
  {
    route: 'POST /applications/{id}/review',
    build: async (ctx, actor) => ({
      path: `/applications/${await objectFor(actor, ADMIN_ONLY, () => submitted(ctx))}/review`,
      body: {
        recommendation: 'return', notes: 'Lengkapi',
        requirements: ctx.published.document.version.requirements.map((_, i) => ({ requirementIndex: i, present: true, meets: i > 0 })),
      },
    }),
    expect: scoped(200, ['admin'], 404),
  },

  // self-assessment (FR.APL.02)
  {
    route: 'GET /applications/{applicationId}/self-assessment',
    build: async (ctx) => ({ path: `/applications/${(await assessed(ctx)).applicationId}/self-assessment` }),
    expect: scoped(200, ['candidate', 'admin', 'auditor', 'assessor'], 404),
  },
  {
    route: 'PUT /applications/{applicationId}/self-assessment',
    build: async (ctx, actor) => ({
      path: `/applications/${await objectFor(actor, CANDIDATE_ONLY, () => accepted(ctx))}/self-assessment`,
      body: { answers: answers(ctx).slice(0, 1) },
    }),
    expect: scoped(200, ['candidate'], 403),
  },
  {
    route: 'POST /applications/{applicationId}/self-assessment/submit',
    build: async (ctx, actor) => ({ path: `/applications/${await objectFor(actor, CANDIDATE_ONLY, () => answered(ctx))}/self-assessment/submit` }),
    expect: scoped(200, ['candidate'], 403),
  },
  {
    route: 'POST /applications/{applicationId}/self-assessment/reviews',
    build: async (ctx) => ({
      path: `/applications/${(await assessed(ctx)).applicationId}/self-assessment/reviews`, body: { canProceed: true, notes: 'Dapat dilanjutkan' },
    }),
    expect: scoped(200, ['assessor'], 403),
  },

  // assessments
  {
    route: 'POST /assessments',
    build: async (ctx, actor) => ({
      path: '/assessments',
      body: {
        applicationId: await objectFor(actor, ADMIN_ONLY, () => accepted(ctx)), leadAssessorUserId: ctx.users.assessor.user.id,
        scheduledAt: '2026-03-10T08:00:00+07:00', tuk: { name: 'TUK Sewaktu', type: 'sewaktu' },
      },
    }),
    expect: scoped(201, ['admin'], 404),
  },
  { route: 'GET /assessments', build: () => ({ path: '/assessments' }), expect: scoped(200, ['admin', 'auditor', 'assessor', 'candidate'], 200) },
  {
    route: 'GET /assessments/{id}',
    build: async (ctx) => ({ path: `/assessments/${(await assessed(ctx)).assessmentId}` }),
    expect: scoped(200, ['admin', 'auditor', 'assessor', 'candidate'], 404),
  },
  {
    route: 'POST /assessments/{id}/assessors',
    build: async (ctx, actor) => ({
      path: `/assessments/${await objectFor(actor, ADMIN_ONLY, async () => (await scheduled(ctx)).assessmentId)}/assessors`,
      body: { leadAssessorUserId: ctx.users.assessor.user.id },
    }),
    expect: scoped(200, ['admin'], 404),
  },
  {
    route: 'POST /assessments/{id}/cancel',
    build: async (ctx, actor) => ({
      path: `/assessments/${await objectFor(actor, ADMIN_ONLY, async () => (await scheduled(ctx)).assessmentId)}/cancel`,
      body: { reason: 'Dijadwal ulang' },
    }),
    expect: scoped(200, ['admin'], 404),
  },
];
