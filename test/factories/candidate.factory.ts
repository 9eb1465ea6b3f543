import request from 'supertest';
import type { CertificationBody } from '../../src/certification-bodies/certification-body.entity.js';
import type { User } from '../../src/users/user.entity.js';
import { pdfBytes } from './evidence.factory.js';
import { createUser } from './identity.factory.js';
import type { PublishedScheme } from './scheme.factory.js';

type Http = unknown;
type Auth = Record<string, string>;
let counter = 0;

/** Uploads a small PDF as a draft portfolio item of the signed-in candidate. */
export async function uploadItem(http: Http, auth: Auth, title = 'Ijazah SMK'): Promise<string> {
  const res = await request(http as never).post('/portfolio-items').set(auth)
    .field('title', title).field('evidenceType', 'indirect')
    .attach('file', pdfBytes(1200 + (++counter % 700)), 'bukti.pdf');
  if (res.status !== 201) throw new Error(`upload: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

/** A draft application naming one fresh item for every requirement that needs a document. */
export async function draftApplication(http: Http, candidateAuth: Auth, scheme: PublishedScheme, extra: Record<string, unknown> = {}) {
  const requirementEvidence = [];
  for (const [i, r] of scheme.document.version.requirements.entries()) {
    if (r.documentRequired) requirementEvidence.push({ requirementIndex: i, portfolioItemIds: [await uploadItem(http, candidateAuth)] });
  }
  const res = await request(http as never).post('/applications').set(candidateAuth)
    .send({ schemeVersionId: scheme.versionId, purpose: 'certification', requirementEvidence, ...extra });
  if (res.status !== 201) throw new Error(`apply: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; requirementEvidence: Array<{ requirementIndex: number; portfolioItemIds: string[] }> };
}

/** Every requirement present and met. */
export const allMet = (scheme: PublishedScheme) =>
  scheme.document.version.requirements.map((_, i) => ({ requirementIndex: i, present: true, meets: true, note: 'Sesuai' }));

/** Draft → submitted → accepted, through HTTP. */
export async function acceptedApplication(http: Http, candidateAuth: Auth, adminAuth: Auth, scheme: PublishedScheme) {
  const app = await draftApplication(http, candidateAuth, scheme);
  const s = await request(http as never).post(`/applications/${app.id}/submit`).set(candidateAuth);
  if (s.status !== 200) throw new Error(`submit: ${s.status} ${JSON.stringify(s.body)}`);
  const r = await request(http as never).post(`/applications/${app.id}/review`).set(adminAuth)
    .send({ requirements: allMet(scheme), recommendation: 'accept', notes: 'Lengkap' });
  if (r.status !== 200) throw new Error(`review: ${r.status} ${JSON.stringify(r.body)}`);
  return app;
}

/** An assessor of the body with a profile authorised for `schemeCodes`, valid 2025–2027 unless told otherwise. */
export async function createAssessor(
  db: import('typeorm').DataSource, http: Http, body: CertificationBody, adminAuth: Auth,
  opts: { schemeCodes: string[]; validFrom?: string; validUntil?: string; user?: Partial<User> },
) {
  const u = await createUser(db, { body, roles: ['assessor'], user: opts.user });
  const res = await request(http as never).post('/assessor-profiles').set(adminAuth).send({
    userId: u.user.id, registrationNumber: `MET-${process.pid}-${++counter}-${Math.random().toString(36).slice(2, 6)}`,
    certificateValidFrom: opts.validFrom ?? '2025-01-01', certificateValidUntil: opts.validUntil ?? '2027-12-31', schemeCodes: opts.schemeCodes,
  });
  if (res.status !== 201) throw new Error(`profile: ${res.status} ${JSON.stringify(res.body)}`);
  return u;
}

export const tuk = { name: 'TUK Sewaktu Politeknik', type: 'sewaktu', address: 'Jl. Gegerkalong Hilir, Bandung' };

/** Schedules an assessment through HTTP; `scheduledAt` defaults to a date inside the default certificate validity. */
export async function scheduleAssessment(http: Http, adminAuth: Auth, applicationId: string, leadAssessorUserId: string, scheduledAt = '2026-03-10T08:00:00+07:00') {
  const res = await request(http as never).post('/assessments').set(adminAuth).send({ applicationId, tuk, scheduledAt, leadAssessorUserId });
  if (res.status !== 201) throw new Error(`assessment: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string };
}
