import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { renderDocument } from '../../src/documents/index.js';
import { acceptedApplication, scheduleAssessment } from '../factories/candidate.factory.js';
import { recommendScheduled } from '../factories/recommended-assessment.factory.js';
import { type Actor, BODY_ACTORS, type MatrixContext } from './matrix-context.js';
import type { MatrixRow, Status } from './matrix.js';

type BodyActor = (typeof BODY_ACTORS)[number];

/** Like bodyScoped in matrix.ts (not imported: that module imports this one); `extra` overrides single actors. */
const scoped = (ok: Status, allowed: readonly BodyActor[], otherBody: Status, extra: Partial<Record<Actor, Status>> = {}): Record<Actor, Status> => {
  const e = { anonymous: 401, platform_admin: 403, other_body_admin: otherBody } as Record<Actor, Status>;
  for (const a of BODY_ACTORS) e[a] = allowed.includes(a) ? ok : 403;
  return { ...e, ...extra };
};
const everyone = (s: Status) => ({ anonymous: s, platform_admin: s, admin: s, assessor: s, candidate: s, decision_maker: s, auditor: s, other_body_admin: s });
/** A fresh object for callers that reach the service; any id for the others. */
const objectFor = async (actor: Actor, reaches: readonly Actor[], make: () => Promise<string>) => (reaches.includes(actor) ? make() : randomUUID());

/** Body A's candidate: an assessment recommended by body A's assessor, through the whole workflow over HTTP. */
async function recommended(ctx: MatrixContext, bkUnitIndexes: number[] = []): Promise<string> {
  const admin = await ctx.auth('admin');
  const app = await acceptedApplication(ctx.http, await ctx.auth('candidate'), admin, ctx.published);
  const { id } = await scheduleAssessment(ctx.http, admin, app.id, ctx.users.assessor.user.id);
  await recommendScheduled(ctx.http, id, { scheme: ctx.published, assessorAuth: await ctx.auth('assessor'), candidateAuth: await ctx.auth('candidate') }, { bkUnitIndexes });
  return id;
}

interface Decided { assessmentId: string; decisionId: string; certificateId: string | null; documentId: string }
async function decided(ctx: MatrixContext, outcome: 'K' | 'BK' = 'K'): Promise<Decided> {
  const assessmentId = await recommended(ctx, outcome === 'BK' ? [0] : []);
  const res = await request(ctx.http).post(`/assessments/${assessmentId}/decision`).set(await ctx.auth('decision_maker')).send({ outcome });
  if (res.status !== 201) throw new Error(`setup: ${res.status} ${JSON.stringify(res.body)}`);
  return { assessmentId, decisionId: res.body.id, certificateId: res.body.certificate?.id ?? null, documentId: res.body.documents[0].id };
}

/** A fresh assessment of body A decided K through the whole workflow; its id. */
export const decidedAssessment = async (ctx: MatrixContext): Promise<string> => (await decided(ctx)).assessmentId;

const shared = new WeakMap<MatrixContext, Promise<{ review: string; k: Decided; verificationCode: string; number: string; appealId: string; complaintId: string }>>();
function fixtures(ctx: MatrixContext) {
  if (!shared.has(ctx)) {
    shared.set(ctx, (async () => {
      const k = await decided(ctx);
      const cert = await request(ctx.http).get(`/certificates/${k.certificateId}`).set(await ctx.auth('admin'));
      const appealId = await appealOf(ctx, k.decisionId);
      return { review: await recommended(ctx), k, verificationCode: cert.body.verificationCode, number: cert.body.certificateNumber, appealId, complaintId: await complaint(ctx) };
    })());
  }
  return shared.get(ctx)!;
}

async function appealOf(ctx: MatrixContext, decisionId: string): Promise<string> {
  const res = await request(ctx.http).post('/appeals').set(await ctx.auth('candidate')).send({
    decisionId, processExplained: true, discussedWithAssessor: true, involvesOtherPerson: false, reasons: 'Proses tidak sesuai SOP asesmen',
  });
  if (res.status !== 201) throw new Error(`setup: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

/** An appeal whose panel is body A's admin. */
async function appealWithAdminPanel(ctx: MatrixContext): Promise<string> {
  const id = await appealOf(ctx, (await decided(ctx, 'BK')).decisionId);
  await request(ctx.http).post(`/appeals/${id}/panel`).set(await ctx.auth('admin')).send({ memberUserIds: [ctx.users.admin.user.id] }).expect(200);
  return id;
}

const COMPLAINT = { subjectType: 'body', description: 'Jadwal uji kompetensi berubah tanpa pemberitahuan', contactName: 'Siti', contactEmail: 'siti@example.id' };
async function complaint(ctx: MatrixContext): Promise<string> {
  const res = await request(ctx.http).post('/complaints').set(await ctx.auth('candidate')).send(COMPLAINT);
  if (res.status !== 201) throw new Error(`setup: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

async function certificate(ctx: MatrixContext, suspended = false): Promise<string> {
  const id = (await decided(ctx)).certificateId!;
  if (suspended) await request(ctx.http).post(`/certificates/${id}/suspend`).set(await ctx.auth('admin')).send({ reason: 'Surveilan' }).expect(200);
  return id;
}

const ADMIN_REACH: Actor[] = ['admin', 'other_body_admin'];
const TUK = { tuk: { name: 'TUK Sewaktu', type: 'sewaktu' }, scheduledAt: '2026-04-14T08:00:00+07:00' };
const STAFF = ['admin', 'decision_maker', 'auditor'] as const;

export const CERTIFICATION_MATRIX: MatrixRow[] = [
  {
    route: 'GET /assessments/{id}/decision-review',
    build: async (ctx) => ({ path: `/assessments/${(await fixtures(ctx)).review}/decision-review` }),
    expect: scoped(200, [...STAFF, 'candidate'], 404, { candidate: 404 }),
  },
  {
    route: 'POST /assessments/{id}/decision',
    build: async (ctx, actor) => ({ path: `/assessments/${await objectFor(actor, ['decision_maker'], () => recommended(ctx))}/decision`, body: { outcome: 'K' } }),
    expect: scoped(201, ['decision_maker'], 403),
  },
  {
    route: 'GET /decisions/{id}',
    build: async (ctx) => ({ path: `/decisions/${(await fixtures(ctx)).k.decisionId}` }),
    expect: scoped(200, [...STAFF, 'candidate'], 404),
  },
  {
    route: 'GET /decisions/{id}/integrity',
    build: async (ctx) => ({ path: `/decisions/${(await fixtures(ctx)).k.decisionId}/integrity` }),
    expect: scoped(200, ['admin', 'auditor'], 404),
  },
  {
    route: 'POST /decisions/{id}/reassessment',
    build: async (ctx, actor) => ({
      path: `/decisions/${await objectFor(actor, ADMIN_REACH, async () => (await decided(ctx, 'BK')).decisionId)}/reassessment`,
      body: { ...TUK, leadAssessorUserId: ctx.users.assessor.user.id },
    }),
    expect: scoped(201, ['admin'], 404),
  },
  { route: 'GET /certificates', build: () => ({ path: '/certificates?due=expiry&withinDays=30' }), expect: scoped(200, [...STAFF, 'candidate'], 200) },
  {
    route: 'GET /certificates/{id}',
    build: async (ctx) => ({ path: `/certificates/${(await fixtures(ctx)).k.certificateId}` }),
    expect: scoped(200, [...STAFF, 'candidate'], 404),
  },
  ...(['suspend', 'withdraw', 'reinstate'] as const).map((action): MatrixRow => ({
    route: `POST /certificates/{id}/${action}`,
    build: async (ctx, actor) => ({
      path: `/certificates/${await objectFor(actor, ADMIN_REACH, () => certificate(ctx, action === 'reinstate'))}/${action}`, body: { reason: 'Keputusan komite' },
    }),
    expect: scoped(200, ['admin'], 404),
  })),
  {
    route: 'POST /certificates/render-batch',
    build: async (ctx) => ({ path: '/certificates/render-batch', body: { certificateIds: [(await fixtures(ctx)).k.certificateId] } }),
    expect: scoped(200, ['admin'], 200),
  },
  {
    route: 'GET /documents/{id}',
    build: async (ctx) => ({ path: `/documents/${(await fixtures(ctx)).k.documentId}` }),
    expect: scoped(200, [...STAFF, 'candidate'], 404),
  },
  {
    route: 'POST /documents/authenticity',
    build: async (ctx) => {
      const [row] = await ctx.db.query(`SELECT job FROM issued_documents WHERE id = $1`, [(await fixtures(ctx)).k.documentId]);
      return { path: '/documents/authenticity', file: { field: 'file', name: 'sertifikat.pdf', content: await renderDocument(row.job) } };
    },
    expect: everyone(200),
  },
  { route: 'GET /public/verify/{code}', build: async (ctx) => ({ path: `/public/verify/${(await fixtures(ctx)).verificationCode}` }), expect: everyone(200) },
  {
    route: 'GET /public/certificates',
    build: async (ctx) => ({ path: `/public/certificates?number=${encodeURIComponent((await fixtures(ctx)).number)}` }),
    expect: everyone(200),
  },
  { route: 'POST /public/complaints', build: (ctx) => ({ path: '/public/complaints', body: { ...COMPLAINT, certificationBodyId: ctx.bodyA.id } }), expect: everyone(201) },
  { route: 'POST /complaints', build: () => ({ path: '/complaints', body: COMPLAINT }), expect: { ...everyone(201), anonymous: 401, platform_admin: 404 } },
  { route: 'GET /complaints', build: () => ({ path: '/complaints' }), expect: scoped(200, ['admin', 'auditor'], 200) },
  { route: 'GET /complaints/{id}', build: async (ctx) => ({ path: `/complaints/${(await fixtures(ctx)).complaintId}` }), expect: scoped(200, ['admin', 'auditor'], 404) },
  {
    route: 'POST /complaints/{id}/transitions',
    build: async (ctx, actor) => ({ path: `/complaints/${await objectFor(actor, ADMIN_REACH, () => complaint(ctx))}/transitions`, body: { action: 'triage' } }),
    expect: scoped(200, ['admin'], 404),
  },
  {
    route: 'POST /appeals',
    build: async (ctx, actor) => ({
      path: '/appeals',
      body: {
        decisionId: await objectFor(actor, ['candidate'], async () => (await decided(ctx, 'BK')).decisionId),
        processExplained: true, discussedWithAssessor: false, involvesOtherPerson: false, reasons: 'Proses tidak sesuai SOP asesmen',
      },
    }),
    expect: scoped(201, ['candidate'], 403),
  },
  { route: 'GET /appeals', build: () => ({ path: '/appeals' }), expect: scoped(200, [...BODY_ACTORS], 200) },
  {
    route: 'GET /appeals/{id}',
    build: async (ctx) => ({ path: `/appeals/${(await fixtures(ctx)).appealId}` }),
    expect: scoped(200, [...STAFF, 'candidate', 'assessor'], 404, { assessor: 404 }),
  },
  {
    route: 'POST /appeals/{id}/panel',
    build: async (ctx, actor) => ({
      path: `/appeals/${await objectFor(actor, ADMIN_REACH, async () => appealOf(ctx, (await decided(ctx, 'BK')).decisionId))}/panel`,
      body: { memberUserIds: [ctx.users.auditor.user.id] },
    }),
    expect: scoped(200, ['admin'], 404),
  },
  {
    route: 'POST /appeals/{id}/resolution',
    build: async (ctx, actor) => ({
      path: `/appeals/${await objectFor(actor, ['admin', 'assessor', 'decision_maker', 'other_body_admin'], () => appealWithAdminPanel(ctx))}/resolution`,
      body: { outcome: 'uphold', notes: 'Proses sesuai SOP' },
    }),
    // the decision maker decided these appeals' decisions: not on the panel (409); assessors not on it do not see it (404)
    expect: scoped(200, ['admin', 'assessor', 'decision_maker'], 404, { decision_maker: 409, assessor: 404 }),
  },

  // auditor access (issue 8): the dossier and its export, for admins and auditors of the body
  {
    route: 'GET /assessments/{id}/dossier',
    build: async (ctx) => ({ path: `/assessments/${(await fixtures(ctx)).k.assessmentId}/dossier` }),
    expect: scoped(200, ['admin', 'auditor'], 404),
  },
  {
    route: 'GET /assessments/{id}/dossier/export',
    build: async (ctx) => ({ path: `/assessments/${(await fixtures(ctx)).k.assessmentId}/dossier/export` }),
    expect: scoped(200, ['admin', 'auditor'], 404),
  },
];
