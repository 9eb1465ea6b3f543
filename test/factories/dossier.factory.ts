import request from 'supertest';
import { allCriteria, allK, feedbackBody, observations, startAssessment } from './assessment.factory.js';
import { acceptedApplication, createAssessor, scheduleAssessment, uploadItem } from './candidate.factory.js';
import type { CertificationWorld } from './certification.factory.js';
import { login } from './identity.factory.js';

const ok = async (what: string, req: request.Test, status: number) => {
  const res = await req;
  if (res.status !== status) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};

/**
 * The whole story through HTTP: application, self-assessment and its review, ethics, plan, consent,
 * observations with one correction, a portfolio verification, FR.AK.02, feedback, a K decision
 * with its certificate, and an appeal with a panel.
 */
export async function fullyRecordedAssessment(w: CertificationWorld) {
  const { http } = w.t;
  const assessor = await createAssessor(w.t.db, http, w.body, w.admin.auth, { schemeCodes: [w.scheme.document.scheme.code] });
  const assessorAuth = { Authorization: `Bearer ${(await login(http, assessor, w.body.id)).accessToken}` };
  const app = await acceptedApplication(http, w.candidate.auth, w.admin.auth, w.scheme);
  const item = await uploadItem(http, w.candidate.auth, 'Portofolio proyek web');
  const answers = w.scheme.tree.units.flatMap((u) => u.elements.map((e) => ({ elementId: e.id, claim: 'K', portfolioItemIds: [item] })));
  await ok('self-assessment', request(http).put(`/applications/${app.id}/self-assessment`).set(w.candidate.auth).send({ answers }), 200);
  await ok('submit', request(http).post(`/applications/${app.id}/self-assessment/submit`).set(w.candidate.auth), 200);
  const { id: assessmentId } = await scheduleAssessment(http, w.admin.auth, app.id, assessor.user.id);
  await ok('sa review', request(http).post(`/applications/${app.id}/self-assessment/reviews`).set(assessorAuth).send({ canProceed: true, notes: 'Lanjut' }), 200);
  await startAssessment(http, { assessmentId, assessorAuth, candidateAuth: w.candidate.auth, scheme: w.scheme });
  const kuk = allCriteria(w.scheme);
  const observed = await ok('observe', request(http).post(`/assessments/${assessmentId}/observations`).set(assessorAuth).send(observations(kuk)), 201);
  const corrected = await ok('correct', request(http).post(`/assessments/${assessmentId}/observations`).set(assessorAuth)
    .send({ records: [{ criterionId: kuk[0], achieved: true, benchmark: 'SOP (koreksi)', supersedes: observed[0].id }] }), 201);
  await ok('verify', request(http).post(`/assessments/${assessmentId}/portfolio-verifications`).set(assessorAuth).send({
    records: [{ portfolioItemId: item, valid: true, authentic: true, current: true, sufficient: true, criterionIds: [kuk[1]], followUpTopics: '' }],
  }), 201);
  await ok('sign', request(http).post(`/assessments/${assessmentId}/recommendation`).set(assessorAuth).send(allK(w.scheme)), 201);
  await ok('feedback', request(http).post(`/assessments/${assessmentId}/feedback`).set(w.candidate.auth).send(feedbackBody()), 201);
  const decision = await ok('decide', request(http).post(`/assessments/${assessmentId}/decision`).set(w.decisionMaker.auth).send({ outcome: 'K', notes: 'Pleno' }), 201);
  const appeal = await ok('appeal', request(http).post('/appeals').set(w.candidate.auth).send({
    decisionId: decision.id, processExplained: true, discussedWithAssessor: true, involvesOtherPerson: false, reasons: 'Ingin ditinjau ulang',
  }), 201);
  await ok('panel', request(http).post(`/appeals/${appeal.id}/panel`).set(w.admin.auth).send({ memberUserIds: [w.auditor.user.id] }), 200);
  return {
    assessor, assessorAuth, applicationId: app.id, itemIds: [...app.requirementEvidence.flatMap((r) => r.portfolioItemIds), item], assessmentId,
    supersededId: observed[0].id as string, correctionId: corrected[0].id as string, decision, appealId: appeal.id as string,
  };
}
