import request from 'supertest';
import type { CertificationBody } from '../../src/certification-bodies/certification-body.entity.js';
import type { TestApp } from '../utils/create-test-app.js';
import { createAssessor } from './candidate.factory.js';
import { createBody, login, signedIn } from './identity.factory.js';
import { type RecommendOptions, recommendedAssessment } from './recommended-assessment.factory.js';
import { createPublishedScheme, type PublishedScheme } from './scheme.factory.js';

type SignedIn = Awaited<ReturnType<typeof signedIn>>;

/** A body with a published scheme, an admin, a decision maker, an assessor and a candidate, all signed in. */
export interface CertificationWorld {
  t: TestApp;
  body: CertificationBody;
  scheme: PublishedScheme;
  admin: SignedIn;
  decisionMaker: SignedIn;
  auditor: SignedIn;
  candidate: SignedIn;
  assessorUserId: string;
  assessorAuth: Record<string, string>;
}

export async function certificationWorld(t: TestApp, bodyOverrides: Partial<CertificationBody> = {}): Promise<CertificationWorld> {
  const body = await createBody(t.db, { verificationBaseUrl: 'https://verifikasi.lsp.example/v', ...bodyOverrides });
  const admin = await signedIn(t.db, t.http, body, ['admin']);
  const scheme = await createPublishedScheme(t, body, admin.auth);
  const assessor = await createAssessor(t.db, t.http, body, admin.auth, { schemeCodes: [scheme.document.scheme.code] });
  const { accessToken } = await login(t.http, assessor, body.id);
  return {
    t, body, scheme, admin, assessorUserId: assessor.user.id, assessorAuth: { Authorization: `Bearer ${accessToken}` },
    decisionMaker: await signedIn(t.db, t.http, body, ['decision_maker']),
    auditor: await signedIn(t.db, t.http, body, ['auditor']),
    candidate: await signedIn(t.db, t.http, body, ['candidate']),
  };
}

export const recommendedIn = (w: CertificationWorld, opts: RecommendOptions = {}, candidate = w.candidate) =>
  recommendedAssessment(w.t.http, {
    candidateAuth: candidate.auth, adminAuth: w.admin.auth, scheme: w.scheme, assessorUserId: w.assessorUserId, assessorAuth: w.assessorAuth,
  }, opts);

/** A recommended assessment decided through HTTP by the world's decision maker; returns the decision detail. */
export async function decidedIn(w: CertificationWorld, outcome: 'K' | 'BK', opts: RecommendOptions = {}, candidate = w.candidate) {
  const rec = await recommendedIn(w, outcome === 'BK' ? { bkUnitIndexes: [0], ...opts } : opts, candidate);
  const res = await request(w.t.http).post(`/assessments/${rec.assessmentId}/decision`).set(w.decisionMaker.auth)
    .send({ outcome, notes: 'Rapat pleno Komite Teknis' });
  if (res.status !== 201) throw new Error(`decide: ${res.status} ${JSON.stringify(res.body)}`);
  return { rec, decision: res.body };
}
