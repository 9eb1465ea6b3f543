import request from 'supertest';
import { allCriteria, observations, startAssessment } from './assessment.factory.js';
import { acceptedApplication, scheduleAssessment } from './candidate.factory.js';
import type { PublishedScheme } from './scheme.factory.js';

type Auth = Record<string, string>;

export interface RecommendedAssessment {
  applicationId: string;
  assessmentId: string;
  recommendationId: string;
  /** Scheme unit ids in order, and the ones recommended BK. */
  unitIds: string[];
  bkUnitIds: string[];
}

export interface RecommendOptions {
  /** Units (by index) the assessor recommends BK; none by default (overall K). */
  bkUnitIndexes?: number[];
  scheduledAt?: string;
}

export interface Participants {
  candidateAuth: Auth;
  adminAuth: Auth;
  /** The lead assessor: its id for the assignment, its token for the workflow. */
  assessorUserId: string;
  assessorAuth: Auth;
  scheme: PublishedScheme;
}

/** An accepted application, a scheduled assessment and the whole workflow to a signed FR.AK.02, all through HTTP. */
export async function recommendedAssessment(http: unknown, p: Participants, opts: RecommendOptions = {}): Promise<RecommendedAssessment> {
  const app = await acceptedApplication(http, p.candidateAuth, p.adminAuth, p.scheme);
  const { id: assessmentId } = await scheduleAssessment(http, p.adminAuth, app.id, p.assessorUserId, opts.scheduledAt);
  return recommendScheduled(http, assessmentId, p, opts, app.id);
}

/**
 * Drives a scheduled assessment led by `p.assessorAuth` to `recommended`: ethics, plan and
 * consent, every KUK observed (not achieved in the BK units), then FR.AK.02 signed.
 */
export async function recommendScheduled(
  http: unknown, assessmentId: string, p: Omit<Participants, 'adminAuth' | 'assessorUserId'>, opts: RecommendOptions = {}, applicationId = '',
): Promise<RecommendedAssessment> {
  const { scheme } = p;
  const units = scheme.tree.units;
  const bkUnitIds = (opts.bkUnitIndexes ?? []).map((i) => units[i].id);
  await startAssessment(http, { assessmentId, assessorAuth: p.assessorAuth, candidateAuth: p.candidateAuth, scheme });
  const bkCriteria = units.filter((u) => bkUnitIds.includes(u.id)).flatMap((u) => u.elements.flatMap((e) => e.criteria.map((c) => c.id)));
  const kCriteria = allCriteria(scheme).filter((id) => !bkCriteria.includes(id));
  const observe = async (ids: string[], achieved: boolean) => {
    if (!ids.length) return;
    const res = await request(http as never).post(`/assessments/${assessmentId}/observations`).set(p.assessorAuth).send(observations(ids, achieved));
    if (res.status !== 201) throw new Error(`observe: ${res.status} ${JSON.stringify(res.body)}`);
  };
  await observe(kCriteria, true);
  await observe(bkCriteria, false);
  const signed = await request(http as never).post(`/assessments/${assessmentId}/recommendation`).set(p.assessorAuth).send({
    units: units.map((u) => {
      const bk = bkUnitIds.includes(u.id);
      return { unitId: u.id, outcome: bk ? 'BK' : 'K', evidenceMethods: ['observation', 'portfolio'], ...(bk ? { followUp: 'Observasi ulang' } : {}) };
    }),
    overall: bkUnitIds.length ? 'BK' : 'K',
    ...(bkUnitIds.length ? { followUp: 'Asesmen ulang unit BK dengan observasi' } : {}),
    comments: 'Asesi menunjukkan kinerja yang konsisten',
  });
  if (signed.status !== 201) throw new Error(`sign: ${signed.status} ${JSON.stringify(signed.body)}`);
  const assessment = await request(http as never).get(`/assessments/${assessmentId}`).set(p.assessorAuth);
  return {
    applicationId: applicationId || assessment.body.applicationId, assessmentId, recommendationId: signed.body.id,
    unitIds: units.map((u) => u.id), bkUnitIds,
  };
}
