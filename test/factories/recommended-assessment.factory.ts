import type { DataSource } from 'typeorm';
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

/**
 * An accepted application with a scheduled assessment (through HTTP), then put
 * into `recommended` with a signed FR.AK.02.
 *
 * The last step is direct SQL until the workflow endpoints land; the lead
 * replaces this with HTTP calls (ready → start → recommend with the FR.AK.02 rows).
 */
export async function recommendedAssessment(
  http: unknown, db: DataSource, ctx: { candidateAuth: Auth; adminAuth: Auth; scheme: PublishedScheme; assessorUserId: string }, opts: RecommendOptions = {},
): Promise<RecommendedAssessment> {
  const app = await acceptedApplication(http, ctx.candidateAuth, ctx.adminAuth, ctx.scheme);
  const { id: assessmentId } = await scheduleAssessment(http, ctx.adminAuth, app.id, ctx.assessorUserId, opts.scheduledAt);
  return recommendScheduled(db, assessmentId, ctx.scheme, ctx.assessorUserId, opts, app.id);
}

/** SQL only (see above): moves a scheduled assessment to `recommended` with FR.AK.02 rows signed by `assessorUserId`. */
export async function recommendScheduled(
  db: DataSource, assessmentId: string, scheme: PublishedScheme, assessorUserId: string, opts: RecommendOptions = {}, applicationId = '',
): Promise<RecommendedAssessment> {
  const unitIds = scheme.tree.units.map((u) => u.id);
  const bkUnitIds = (opts.bkUnitIndexes ?? []).map((i) => unitIds[i]);
  return db.transaction(async (em) => {
    // until the workflow endpoints land; the lead replaces this with HTTP calls
    // TypeORM answers an UPDATE … RETURNING with [rows, affected]
    const [[{ certification_body_id: bodyId, application_id: appId }]] = await em.query(
      `UPDATE assessments SET status = 'recommended' WHERE id = $1 AND status IN ('scheduled', 'ready', 'in_progress')
       RETURNING certification_body_id, application_id`, [assessmentId]);
    await em.query(
      `INSERT INTO assessment_events (certification_body_id, assessment_id, action, from_status, to_status, actor_user_id, reason)
       VALUES ($1, $2, 'recommend', 'in_progress', 'recommended', $3, 'FR.AK.02 signed (test factory)')`, [bodyId, assessmentId, assessorUserId]);
    const [{ id: recommendationId }] = await em.query(
      `INSERT INTO assessment_recommendations (certification_body_id, assessment_id, overall, follow_up, comments, signed_by_user_id, signed_at)
       VALUES ($1, $2, $3, $4, 'Asesi menunjukkan kinerja yang konsisten', $5, now()) RETURNING id`,
      [bodyId, assessmentId, bkUnitIds.length ? 'BK' : 'K', bkUnitIds.length ? 'Asesmen ulang unit BK dengan observasi' : '', assessorUserId]);
    for (const unitId of unitIds) {
      const bk = bkUnitIds.includes(unitId);
      await em.query(
        `INSERT INTO unit_recommendations (certification_body_id, recommendation_id, assessment_id, unit_id, outcome, evidence_methods, follow_up)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [bodyId, recommendationId, assessmentId, unitId, bk ? 'BK' : 'K', ['observation', 'portfolio'], bk ? 'Observasi ulang' : '']);
    }
    return { applicationId: applicationId || appId, assessmentId, recommendationId, unitIds, bkUnitIds };
  });
}
