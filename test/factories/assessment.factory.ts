import request from 'supertest';
import type { PublishedScheme } from './scheme.factory.js';

type Http = unknown;
type Auth = Record<string, string>;

const ok = (what: string, res: request.Response, status: number) => {
  if (res.status !== status) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};

/** Every KUK id of the published scheme, in document order. */
export const allCriteria = (scheme: PublishedScheme): string[] =>
  scheme.tree.units.flatMap((u) => u.elements.flatMap((e) => e.criteria.map((c) => c.id)));

/** A clean affirmation of the current code of ethics by the signed-in assessor. */
export async function affirmEthics(http: Http, assessorAuth: Auth, assessmentId: string, over: Record<string, unknown> = {}) {
  const code = ok('code', await request(http as never).get('/code-of-ethics').set(assessorAuth), 200);
  return request(http as never).post(`/assessments/${assessmentId}/ethics-affirmations`).set(assessorAuth).send({
    codeVersion: code.version, affirmedItems: code.items.map((i: { number: number }) => i.number), relationship: 'none', giftsAccepted: false, ...over,
  });
}

/** FR.MAPA.01 body covering `criterionIds` (default: every KUK) by observation and questioning. */
export const planBody = (scheme: PublishedScheme, criterionIds = allCriteria(scheme), extra: Record<string, unknown> = {}) => ({
  candidatePotential: 3, purpose: 'certification',
  context: { environment: 'simulated', evidenceOpportunity: 'available', assessedBy: 'certification_body' },
  criteria: criterionIds.map((criterionId) => ({ criterionId, evidenceTypes: ['direct'], methods: ['observation', 'questioning'] })),
  ...extra,
});

/** Observation rows for many KUK at once. */
export const observations = (criterionIds: string[], achieved = true) =>
  ({ records: criterionIds.map((criterionId) => ({ criterionId, achieved, benchmark: 'SOP pengembangan web' })) });

/** Drives a scheduled assessment (single lead assessor) to in_progress through HTTP: ethics, full plan, consent by both. */
export async function startAssessment(http: Http, a: { assessmentId: string; assessorAuth: Auth; candidateAuth: Auth; scheme: PublishedScheme }) {
  const id = a.assessmentId;
  ok('affirm', await affirmEthics(http, a.assessorAuth, id), 201);
  ok('plan', await request(http as never).post(`/assessments/${id}/plans`).set(a.assessorAuth).send(planBody(a.scheme)), 201);
  ok('consent (candidate)', await request(http as never).post(`/assessments/${id}/consent`).set(a.candidateAuth), 200);
  const started = ok('consent (assessor)', await request(http as never).post(`/assessments/${id}/consent`).set(a.assessorAuth), 200);
  if (started.status !== 'in_progress') throw new Error(`start: ${started.status}`);
}

/** Every KUK observed as achieved, then FR.AK.02 all K signed by the lead assessor. */
export async function signAllK(http: Http, assessorAuth: Auth, assessmentId: string, scheme: PublishedScheme) {
  ok('observe', await request(http as never).post(`/assessments/${assessmentId}/observations`).set(assessorAuth).send(observations(allCriteria(scheme))), 201);
  return ok('sign', await request(http as never).post(`/assessments/${assessmentId}/recommendation`).set(assessorAuth).send(allK(scheme)), 201);
}

export const allK = (scheme: PublishedScheme) => ({
  units: scheme.tree.units.map((u) => ({ unitId: u.id, outcome: 'K', evidenceMethods: ['observation'] })), overall: 'K', comments: 'Kompeten',
});

/** The ten FR.AK.03 statements answered Ya. */
export const feedbackBody = () => ({ answers: Array.from({ length: 10 }, (_, i) => ({ statement: i + 1, agree: true })), comments: 'Jelas' });
