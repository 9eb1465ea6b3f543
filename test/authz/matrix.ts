import request from 'supertest';
import { createUser, login } from '../factories/identity.factory.js';
import { pdfBytes } from '../factories/evidence.factory.js';
import { schemeWorkbook } from '../factories/scheme.factory.js';
import { ACTORS, type Actor, BODY_ACTORS, type MatrixContext } from './matrix-context.js';
import { CANDIDATE_JOURNEY_MATRIX } from './candidate.matrix.js';
import { WORKFLOW_MATRIX } from './workflow.matrix.js';
import { CERTIFICATION_MATRIX } from './certification.matrix.js';
import { QUALITY_MATRIX } from './quality.matrix.js';
import { SCHEMES_MATRIX, type MatrixRow as SchemesRow, type SchemesMatrixContext } from './schemes.matrix.js';

/**
 * The authorization matrix: one row per API route, with the status each caller
 * must get. A later issue adds its endpoints by adding rows here; the e2e test
 * fails when a route in /docs-json has no row.
 *
 * Rules the rows encode: anonymous callers get 401 except on public routes;
 * a missing permission is 403; an object of body A asked for by the admin of
 * body B is 404 (never 403); collections are scoped to the caller's own body.
 */
export type Status = 200 | 201 | 202 | 204 | 400 | 401 | 403 | 404 | 409 | 422 | 503;

export interface BuiltRequest {
  path: string;
  body?: Record<string, unknown>;
  /** Sent as multipart/form-data instead of a JSON body, with `fields` beside the file. */
  file?: { field: string; name: string; content: Buffer };
  fields?: Record<string, string>;
}

export interface MatrixRow {
  /** As in the OpenAPI document: 'PATCH /members/{id}/roles'. */
  route: string;
  /** A valid request for this actor; may create fresh objects in body A. */
  build(ctx: MatrixContext, actor: Actor): Promise<BuiltRequest> | BuiltRequest;
  expect: Record<Actor, Status>;
}

type BodyActor = (typeof BODY_ACTORS)[number];

/** Same answer for everybody (public routes). */
export const everyone = (status: Status): Record<Actor, Status> =>
  Object.fromEntries(ACTORS.map((a) => [a, status])) as Record<Actor, Status>;

/** Any signed-in caller. */
export const anySignedIn = (status: Status): Record<Actor, Status> => ({ ...everyone(status), anonymous: 401 });

/**
 * A body-scoped route: `allowed` roles of body A get `ok`, other roles 403, the
 * platform administrator 403, and the admin of body B `otherBody` (404 for an
 * object of body A; `ok` for a collection, which shows body B's own rows).
 */
export const bodyScoped = (ok: Status, allowed: readonly BodyActor[], otherBody: Status): Record<Actor, Status> => {
  const e = { anonymous: 401, platform_admin: 403, other_body_admin: otherBody } as Record<Actor, Status>;
  for (const a of BODY_ACTORS) e[a] = allowed.includes(a) ? ok : 403;
  return e;
};

const STAFF_READERS = ['admin', 'decision_maker', 'auditor'] as const;

/** Route template of a schemes row: its path built from parameter names instead of ids. */
const TEMPLATE_IDS = {
  bodyId: '{bodyId}', schemeId: '{schemeId}', versionId: '{versionId}', unitId: '{unitId}', elementId: '{elementId}',
  criterionId: '{criterionId}', questionId: '{questionId}', draftSchemeId: '{schemeId}', draftVersionId: '{versionId}',
} satisfies SchemesMatrixContext;

function fromSchemesRow(row: SchemesRow): MatrixRow {
  const e = row.expect as Record<string, Status>;
  return {
    route: `${row.method.toUpperCase()} ${row.path(TEMPLATE_IDS)}`,
    build: (ctx) => ({ path: row.path(ctx.schemes), body: row.body?.(ctx.schemes) as Record<string, unknown> | undefined }),
    expect: {
      anonymous: e.anonymous,
      // the platform administrator holds no scheme permission: public answers, otherwise 403
      platform_admin: e.anonymous === 401 ? 403 : e.anonymous,
      admin: e.admin, assessor: e.assessor, candidate: e.candidate, decision_maker: e.decision_maker, auditor: e.auditor,
      other_body_admin: e.otherBodyAdmin,
    },
  };
}

export const MATRIX: MatrixRow[] = [
  // health
  { route: 'GET /health/live', build: () => ({ path: '/health/live' }), expect: everyone(200) },
  { route: 'GET /health/ready', build: () => ({ path: '/health/ready' }), expect: everyone(200) },

  // auth
  {
    route: 'POST /auth/login',
    build: async (ctx) => {
      const u = await createUser(ctx.db, { body: ctx.bodyA, roles: ['candidate'] });
      return { path: '/auth/login', body: { email: u.email, password: u.password } };
    },
    expect: everyone(200),
  },
  {
    route: 'POST /auth/refresh',
    build: async (ctx) => {
      const u = await createUser(ctx.db, { body: ctx.bodyA, roles: ['candidate'] });
      const { refreshToken } = await login(ctx.http, u);
      return { path: '/auth/refresh', body: { refreshToken } };
    },
    expect: everyone(200),
  },
  { route: 'POST /auth/logout', build: () => ({ path: '/auth/logout' }), expect: anySignedIn(204) },
  {
    route: 'POST /auth/switch-body',
    build: (ctx) => ({ path: '/auth/switch-body', body: { certificationBodyId: ctx.bodyA.id } }),
    expect: { ...anySignedIn(200), platform_admin: 404, other_body_admin: 404 },
  },

  // own profile
  { route: 'GET /me', build: () => ({ path: '/me' }), expect: anySignedIn(200) },
  { route: 'PATCH /me', build: () => ({ path: '/me', body: { position: 'Staf' } }), expect: anySignedIn(200) },
  {
    route: 'POST /me/password',
    build: (ctx, actor) => ({
      path: '/me/password',
      body: { currentPassword: actor === 'anonymous' ? 'x' : ctx.users[actor].password, newPassword: 'another-long-passphrase' },
    }),
    expect: anySignedIn(204),
  },

  // certification bodies
  {
    route: 'POST /certification-bodies',
    build: (ctx) => ({ path: '/certification-bodies', body: { code: `LSP-M${ctx.unique()}`.toUpperCase().slice(0, 50), name: 'LSP Matriks', licenseNumber: 'BNSP-LSP-9' } }),
    expect: { ...bodyScoped(403, [], 403), platform_admin: 201 },
  },
  { route: 'GET /certification-bodies', build: () => ({ path: '/certification-bodies' }), expect: { ...bodyScoped(403, [], 403), platform_admin: 200 } },
  {
    route: 'GET /certification-bodies/{id}',
    build: (ctx) => ({ path: `/certification-bodies/${ctx.bodyA.id}` }),
    expect: bodyScoped(200, BODY_ACTORS, 404),
  },
  {
    route: 'PATCH /certification-bodies/{id}',
    build: (ctx) => ({ path: `/certification-bodies/${ctx.bodyA.id}`, body: { contactPhone: '+62 21 555 0199' } }),
    expect: bodyScoped(200, ['admin'], 404),
  },
  {
    route: 'POST /certification-bodies/{bodyId}/registrations',
    build: (ctx) => ({
      path: `/certification-bodies/${ctx.bodyA.id}/registrations`,
      body: {
        email: `daftar${ctx.unique()}@example.test`, password: 'a-long-passphrase-2026', fullName: 'Calon Asesi',
        nationalId: '3273011203960003', birthPlace: 'Bandung', birthDate: '1996-03-12',
      },
    }),
    expect: everyone(201),
  },

  // members
  { route: 'GET /members', build: () => ({ path: '/members' }), expect: bodyScoped(200, STAFF_READERS, 200) },
  {
    route: 'GET /members/{id}',
    build: async (ctx) => ({ path: `/members/${await ctx.membershipOf('candidate')}` }),
    expect: bodyScoped(200, STAFF_READERS, 404),
  },
  {
    route: 'PATCH /members/{id}/roles',
    build: async (ctx) => ({ path: `/members/${(await ctx.newMember(['candidate'])).membershipId}/roles`, body: { roles: ['candidate', 'assessor'] } }),
    expect: bodyScoped(200, ['admin'], 404),
  },
  {
    route: 'POST /members/{id}/deactivate',
    build: async (ctx) => ({ path: `/members/${(await ctx.newMember(['assessor'])).membershipId}/deactivate` }),
    expect: bodyScoped(200, ['admin'], 404),
  },

  // invitations
  {
    route: 'POST /invitations',
    build: (ctx) => ({ path: '/invitations', body: { email: `undang${ctx.unique()}@example.test`, roles: ['assessor'] } }),
    expect: bodyScoped(201, ['admin'], 201),
  },
  { route: 'GET /invitations', build: () => ({ path: '/invitations' }), expect: bodyScoped(200, ['admin', 'auditor'], 200) },
  {
    route: 'POST /invitations/accept',
    build: async (ctx) => {
      const res = await request(ctx.http).post('/invitations').set(await ctx.auth('admin'))
        .send({ email: `terima${ctx.unique()}@example.test`, roles: ['auditor'] });
      return { path: '/invitations/accept', body: { token: res.body.token, fullName: 'Auditor Baru', password: 'a-long-passphrase-2026' } };
    },
    expect: everyone(200),
  },

  // assessor profiles
  {
    route: 'POST /assessor-profiles',
    build: async (ctx) => ({
      path: '/assessor-profiles',
      body: {
        userId: (await ctx.newMember(['assessor'])).userId, registrationNumber: `MET-${ctx.unique()}`,
        certificateValidFrom: '2025-01-01', certificateValidUntil: '2027-12-31',
      },
    }),
    expect: bodyScoped(201, ['admin'], 404),
  },
  { route: 'GET /assessor-profiles', build: () => ({ path: '/assessor-profiles' }), expect: bodyScoped(200, STAFF_READERS, 200) },
  { route: 'GET /assessor-profiles/mine', build: () => ({ path: '/assessor-profiles/mine' }), expect: bodyScoped(200, ['assessor'], 403) },
  {
    route: 'GET /assessor-profiles/{id}',
    build: (ctx) => ({ path: `/assessor-profiles/${ctx.assessorProfileId}` }),
    expect: bodyScoped(200, STAFF_READERS, 404),
  },
  {
    route: 'PATCH /assessor-profiles/{id}',
    // a profile of its own: rows and fuzzed requests that change it must not make the context's assessor ineligible
    build: async (ctx) => ({ path: `/assessor-profiles/${await ctx.newAssessorProfile()}`, body: { fields: ['Teknologi Informasi'] } }),
    expect: bodyScoped(200, ['admin'], 404),
  },

  // declared relationships
  {
    route: 'POST /relationships',
    // a fresh counterpart: body A's own candidate must stay assignable to body A's assessor (assessment rows)
    build: async (ctx) => ({
      path: '/relationships',
      body: { assessorUserId: ctx.users.assessor.user.id, kind: 'family', counterpartUserId: (await ctx.newMember(['candidate'])).userId },
    }),
    expect: bodyScoped(201, ['admin', 'assessor'], 404),
  },
  {
    route: 'GET /relationships',
    build: (ctx) => ({ path: `/relationships?userId=${ctx.users.assessor.user.id}` }),
    expect: bodyScoped(200, ['admin', 'assessor', 'auditor'], 200),
  },

  // operations
  {
    route: 'GET /admin/jobs',
    build: () => ({ path: '/admin/jobs' }),
    // a body admin sees its own body's jobs; the platform administrator sees every job
    expect: { ...bodyScoped(200, ['admin', 'auditor'], 200), platform_admin: 200 },
  },

  // certification schemes (rows kept in schemes.matrix.ts, in that module's own shape)
  ...SCHEMES_MATRIX.map(fromSchemesRow),
  {
    route: 'POST /schemes/{schemeId}/versions/{versionId}/import-xlsx',
    build: async (ctx) => ({
      path: `/schemes/${ctx.schemes.schemeId}/versions/${ctx.schemes.versionId}/import-xlsx`,
      file: { field: 'file', name: 'skema.xlsx', content: await schemeWorkbook([['U.1', 'Unit', 'Unit', '', 1, 'Elemen', '1.1', 'KUK']]) },
    }),
    // a published version is immutable, whatever the workbook says
    expect: { ...bodyScoped(409, ['admin'], 404), platform_admin: 403 },
  },

  // portfolio evidence: body A's candidate owns the items; staff of the body may read them
  {
    route: 'POST /portfolio-items',
    build: () => ({ path: '/portfolio-items', file: { field: 'file', name: 'ijazah.pdf', content: pdfBytes() }, fields: { title: 'Ijazah', evidenceType: 'indirect' } }),
    expect: { ...bodyScoped(201, ['candidate'], 403), platform_admin: 403 },
  },
  { route: 'GET /portfolio-items', build: () => ({ path: '/portfolio-items' }), expect: { ...bodyScoped(200, ['candidate'], 403), platform_admin: 403 } },
  {
    route: 'GET /portfolio-items/{id}',
    build: async (ctx) => ({ path: `/portfolio-items/${await ctx.portfolioItem()}` }),
    expect: { ...bodyScoped(200, ['candidate', 'admin', 'auditor'], 404), assessor: 404, platform_admin: 403 },
  },
  {
    route: 'GET /portfolio-items/{id}/content',
    build: async (ctx) => ({ path: `/portfolio-items/${await ctx.portfolioItem()}/content` }),
    expect: { ...bodyScoped(200, ['candidate', 'admin', 'auditor'], 404), assessor: 404, platform_admin: 403 },
  },
  {
    route: 'PATCH /portfolio-items/{id}',
    build: async (ctx) => ({ path: `/portfolio-items/${await ctx.portfolioItem()}`, body: { title: 'Ijazah S1' } }),
    expect: { ...bodyScoped(200, ['candidate'], 403), platform_admin: 403 },
  },
  {
    route: 'DELETE /portfolio-items/{id}',
    build: async (ctx) => ({ path: `/portfolio-items/${await ctx.portfolioItem()}` }),
    expect: { ...bodyScoped(204, ['candidate'], 403), platform_admin: 403 },
  },
  {
    route: 'POST /portfolio-items/{id}/versions',
    build: async (ctx) => ({
      path: `/portfolio-items/${await ctx.portfolioItem()}/versions`,
      file: { field: 'file', name: 'ijazah-v2.pdf', content: pdfBytes(2500) },
    }),
    expect: { ...bodyScoped(201, ['candidate'], 403), platform_admin: 403 },
  },
  ...CANDIDATE_JOURNEY_MATRIX,
  ...WORKFLOW_MATRIX,
  ...CERTIFICATION_MATRIX,
  ...QUALITY_MATRIX,
  { route: 'POST /admin/evidence/sweep', build: () => ({ path: '/admin/evidence/sweep' }), expect: { ...bodyScoped(403, [], 403), platform_admin: 200 } },

  // audit trail: the body's own chain, for admins and auditors
  { route: 'GET /audit/entries', build: () => ({ path: '/audit/entries' }), expect: { ...bodyScoped(200, ['admin', 'auditor'], 200), platform_admin: 403 } },
  { route: 'GET /audit/entries/export', build: () => ({ path: '/audit/entries/export?format=ndjson' }), expect: { ...bodyScoped(200, ['admin', 'auditor'], 200), platform_admin: 403 } },
  { route: 'GET /audit/verify', build: () => ({ path: '/audit/verify' }), expect: { ...bodyScoped(200, ['admin', 'auditor'], 200), platform_admin: 403 } },
  { route: 'POST /audit/anchors', build: () => ({ path: '/audit/anchors' }), expect: { ...bodyScoped(201, ['admin'], 201), platform_admin: 403 } },
  { route: 'GET /audit/anchors', build: () => ({ path: '/audit/anchors' }), expect: { ...bodyScoped(200, ['admin', 'auditor'], 200), platform_admin: 403 } },
  {
    route: 'GET /audit/anchors/{id}/verify',
    build: async (ctx) => ({ path: `/audit/anchors/${await ctx.auditAnchor()}/verify` }),
    expect: { ...bodyScoped(200, ['admin', 'auditor'], 404), platform_admin: 403 },
  },

  // certificate background jobs
  {
    route: 'GET /certificate-reminders',
    build: () => ({ path: '/certificate-reminders' }),
    expect: { ...bodyScoped(200, ['admin', 'decision_maker', 'auditor'], 200), platform_admin: 403 },
  },
  {
    route: 'POST /certificate-render-batches',
    build: () => ({ path: '/certificate-render-batches', body: { certificateIds: ['6f1c2b7e-3d4a-4e8b-9c0d-1a2b3c4d5e6f'] } }),
    expect: { ...bodyScoped(202, ['admin'], 202), platform_admin: 403 },
  },
];

