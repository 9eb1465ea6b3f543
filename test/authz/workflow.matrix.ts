import { randomUUID } from 'node:crypto';
import request from 'supertest';
import {
  affirmEthics, allCriteria, allK, feedbackBody, observations, planBody, signAllK, startAssessment,
} from '../factories/assessment.factory.js';
import { acceptedApplication, createAssessor, scheduleAssessment } from '../factories/candidate.factory.js';
import { type Actor, BODY_ACTORS, type MatrixContext } from './matrix-context.js';
import type { MatrixRow, Status } from './matrix.js';

type BodyActor = (typeof BODY_ACTORS)[number];

/** Like bodyScoped in matrix.ts (not imported: that module imports this one). */
const scoped = (ok: Status, allowed: readonly BodyActor[], otherBody: Status): Record<Actor, Status> => {
  const e = { anonymous: 401, platform_admin: 403, other_body_admin: otherBody } as Record<Actor, Status>;
  for (const a of BODY_ACTORS) e[a] = allowed.includes(a) ? ok : 403;
  return e;
};

/** A fresh object only for callers that reach the service; the others get any id. */
const objectFor = async (actor: Actor, reaches: readonly Actor[], make: () => Promise<string>) => (reaches.includes(actor) ? make() : randomUUID());

const expect201 = (res: request.Response) => {
  if (res.status !== 201) throw new Error(`setup: ${res.status} ${JSON.stringify(res.body)}`);
};

/** A scheduled assessment of body A's candidate, led by body A's assessor. */
const scheduled = async (ctx: MatrixContext) => {
  const app = await acceptedApplication(ctx.http, await ctx.auth('candidate'), await ctx.auth('admin'), ctx.published);
  return (await scheduleAssessment(ctx.http, await ctx.auth('admin'), app.id, ctx.users.assessor.user.id)).id;
};
/** Ethics affirmed (ready) and a plan covering every KUK. */
const readyAndPlanned = async (ctx: MatrixContext) => {
  const id = await scheduled(ctx);
  const a = await ctx.auth('assessor');
  expect201(await affirmEthics(ctx.http, a, id));
  await request(ctx.http).post(`/assessments/${id}/plans`).set(a).send(planBody(ctx.published)).expect(201);
  return id;
};
const started = async (ctx: MatrixContext) => {
  const id = await scheduled(ctx);
  await startAssessment(ctx.http, { assessmentId: id, assessorAuth: await ctx.auth('assessor'), candidateAuth: await ctx.auth('candidate'), scheme: ctx.published });
  return id;
};
const recommended = async (ctx: MatrixContext) => {
  const id = await started(ctx);
  await signAllK(ctx.http, await ctx.auth('assessor'), id, ctx.published);
  return id;
};
/** Scheduled again after a reassignment, with the gate passing: the admin may mark it ready. */
const gatePassedButScheduled = async (ctx: MatrixContext) => {
  const id = await scheduled(ctx);
  const admin = await ctx.auth('admin');
  expect201(await affirmEthics(ctx.http, await ctx.auth('assessor'), id));
  const member = await createAssessor(ctx.db, ctx.http, ctx.bodyA, admin, { schemeCodes: [ctx.published.document.scheme.code] });
  const lead = ctx.users.assessor.user.id;
  await request(ctx.http).post(`/assessments/${id}/assessors`).set(admin).send({ leadAssessorUserId: lead, memberAssessorUserIds: [member.user.id] }).expect(200);
  await request(ctx.http).post(`/assessments/${id}/assessors`).set(admin).send({ leadAssessorUserId: lead }).expect(200);
  return id;
};

const memo = <T>(make: (ctx: MatrixContext) => Promise<T>) => {
  const cache = new WeakMap<MatrixContext, Promise<T>>();
  return (ctx: MatrixContext) => {
    if (!cache.has(ctx)) cache.set(ctx, make(ctx));
    return cache.get(ctx)!;
  };
};
/** Shared read fixtures: one assessment in progress, one recommended with feedback. */
const inProgress = memo(started);
const finished = memo(async (ctx) => {
  const id = await recommended(ctx);
  await request(ctx.http).post(`/assessments/${id}/feedback`).set(await ctx.auth('candidate')).send(feedbackBody()).expect(201);
  return id;
});

let kukCursor = 0;
const nextKuk = (ctx: MatrixContext) => allCriteria(ctx.published)[kukCursor++ % allCriteria(ctx.published).length];

const READERS: BodyActor[] = ['admin', 'assessor', 'candidate', 'auditor'];
const EVIDENCE_READERS: BodyActor[] = ['admin', 'assessor', 'auditor'];
const ASSESSOR: Actor[] = ['assessor'];

export const WORKFLOW_MATRIX: MatrixRow[] = [
  { route: 'GET /code-of-ethics', build: () => ({ path: '/code-of-ethics' }), expect: scoped(200, ['admin', 'assessor', 'auditor'], 200) },
  {
    route: 'POST /code-of-ethics',
    build: () => ({ path: '/code-of-ethics', body: { items: ['Setia kepada NKRI', 'Tidak menerima gratifikasi dalam bentuk apa pun'] } }),
    expect: scoped(201, ['admin'], 201),
  },
  {
    route: 'GET /assessments/{id}/ethics',
    build: async (ctx) => ({ path: `/assessments/${await inProgress(ctx)}/ethics` }),
    expect: scoped(200, EVIDENCE_READERS, 404),
  },
  {
    route: 'POST /assessments/{id}/ethics-affirmations',
    build: async (ctx, actor) => {
      const code = (await request(ctx.http).get('/code-of-ethics').set(await ctx.auth('admin')).expect(200)).body;
      return {
        path: `/assessments/${await objectFor(actor, ASSESSOR, () => scheduled(ctx))}/ethics-affirmations`,
        body: { codeVersion: code.version, affirmedItems: code.items.map((i: { number: number }) => i.number), relationship: 'none', giftsAccepted: false },
      };
    },
    expect: scoped(201, ['assessor'], 403),
  },
  {
    route: 'POST /assessments/{id}/ready',
    build: async (ctx, actor) => ({
      path: `/assessments/${actor === 'admin' ? await gatePassedButScheduled(ctx) : actor === 'other_body_admin' ? await inProgress(ctx) : randomUUID()}/ready`,
    }),
    expect: scoped(200, ['admin'], 404),
  },
  { route: 'GET /assessments/{id}/plans', build: async (ctx) => ({ path: `/assessments/${await inProgress(ctx)}/plans` }), expect: scoped(200, READERS, 404) },
  {
    route: 'POST /assessments/{id}/plans',
    build: async (ctx) => ({ path: `/assessments/${await inProgress(ctx)}/plans`, body: planBody(ctx.published) }),
    expect: scoped(201, ['assessor'], 403),
  },
  { route: 'GET /assessments/{id}/consent', build: async (ctx) => ({ path: `/assessments/${await inProgress(ctx)}/consent` }), expect: scoped(200, READERS, 404) },
  {
    route: 'POST /assessments/{id}/consent',
    build: async (ctx, actor) => ({ path: `/assessments/${await objectFor(actor, ['assessor', 'candidate'], () => readyAndPlanned(ctx))}/consent` }),
    expect: scoped(200, ['assessor', 'candidate'], 403),
  },
  {
    route: 'POST /assessments/{id}/observations',
    build: async (ctx) => ({ path: `/assessments/${await inProgress(ctx)}/observations`, body: observations([nextKuk(ctx)]) }),
    expect: scoped(201, ['assessor'], 403),
  },
  {
    route: 'POST /assessments/{id}/questions',
    build: async (ctx) => ({
      path: `/assessments/${await inProgress(ctx)}/questions`,
      body: { records: [{ form: 'IA.07', questionText: 'Jelaskan struktur HTML', answerSummary: 'Tepat', satisfactory: true, criterionIds: [nextKuk(ctx)] }] },
    }),
    expect: scoped(201, ['assessor'], 403),
  },
  {
    route: 'POST /assessments/{id}/portfolio-verifications',
    build: async (ctx, actor) => ({
      path: `/assessments/${await inProgress(ctx)}/portfolio-verifications`,
      body: { records: [{
        portfolioItemId: actor === 'assessor' ? await ctx.portfolioItem() : randomUUID(),
        valid: true, authentic: true, current: true, sufficient: true, criterionIds: [nextKuk(ctx)],
      }] },
    }),
    expect: scoped(201, ['assessor'], 403),
  },
  {
    route: 'GET /assessments/{id}/evidence-records',
    build: async (ctx) => ({ path: `/assessments/${await inProgress(ctx)}/evidence-records` }),
    expect: scoped(200, EVIDENCE_READERS, 404),
  },
  {
    route: 'GET /assessments/{id}/coverage',
    build: async (ctx) => ({ path: `/assessments/${await inProgress(ctx)}/coverage` }),
    expect: scoped(200, EVIDENCE_READERS, 404),
  },
  {
    route: 'POST /assessments/{id}/recommendation',
    build: async (ctx, actor) => ({
      path: `/assessments/${await objectFor(actor, ASSESSOR, async () => {
        const id = await started(ctx);
        await request(ctx.http).post(`/assessments/${id}/observations`).set(await ctx.auth('assessor')).send(observations(allCriteria(ctx.published))).expect(201);
        return id;
      })}/recommendation`,
      body: allK(ctx.published),
    }),
    expect: scoped(201, ['assessor'], 403),
  },
  {
    route: 'GET /assessments/{id}/recommendation',
    build: async (ctx) => ({ path: `/assessments/${await finished(ctx)}/recommendation` }),
    expect: scoped(200, READERS, 404),
  },
  {
    route: 'POST /assessments/{id}/feedback',
    build: async (ctx, actor) => ({
      path: `/assessments/${await objectFor(actor, ['candidate'], () => recommended(ctx))}/feedback`, body: feedbackBody(),
    }),
    expect: scoped(201, ['candidate'], 403),
  },
  {
    route: 'GET /assessments/{id}/feedback',
    build: async (ctx) => ({ path: `/assessments/${await finished(ctx)}/feedback` }),
    expect: scoped(200, READERS, 404),
  },
];
