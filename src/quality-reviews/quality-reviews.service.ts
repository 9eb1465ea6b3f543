import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { bodyOf } from '../assessments/assessment-access.js';
import { AssessmentAssessor } from '../assessments/assessment-assessor.entity.js';
import { Assessment } from '../assessments/assessment.entity.js';
import { AssessmentNotFoundError } from '../assessments/assessment.errors.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { ForbiddenError } from '../common/errors/domain-error.js';
import type { CorrectQualityReviewDto, QualityReviewContentDto, QualityReviewQueryDto, RecordQualityReviewDto } from './dto/quality-review.dto.js';
import { QualityReview } from './quality-review.entity.js';
import { QualitySampleItem } from './quality-sample-item.entity.js';
import { QualitySample } from './quality-sample.entity.js';
import {
  AlreadyReviewedError, AssessmentNotDecidedError, NotInSampleError, OwnAssessmentError, QualityReviewNotFoundError, QualitySampleNotFoundError,
  ReviewFormInvalidError, ReviewSupersededError,
} from './quality-reviews.errors.js';
import { inFormOrder, reviewFormProblems, reviewSummary } from './review-form.js';
import { qualityReviewModel } from './quality-review-document.js';
import { CertificationDecision } from '../decisions/certification-decision.entity.js';
import { loadDecisionContext } from '../decisions/decision-context.js';
import { renderQualityReview } from '../documents/index.js';
import { User } from '../users/user.entity.js';

export interface ReviewWithSuccessor { review: QualityReview; supersededById: string | null }

const SUCCESSOR = `(SELECT n.id FROM quality_reviews n WHERE n.certification_body_id = r.certification_body_id AND n.supersedes_id = r.id)`;

/**
 * FR.AK.06 reviews: recorded by admins (the quality manager) and auditors, never
 * by anyone ever assigned to assess the assessment; corrected by new rows.
 */
@Injectable()
export class QualityReviewsService {
  constructor(@InjectDataSource() private readonly db: DataSource, private readonly audit: AuditService) {}

  record(actor: AuthUser, dto: RecordQualityReviewDto): Promise<QualityReview> {
    const bodyId = bodyOf(actor);
    return this.db.transaction(async (em) => {
      // the assessment row lock orders concurrent reviews of one assessment (one review per reviewer and sample)
      const a = await em.findOne(Assessment, { where: { certificationBodyId: bodyId, id: dto.assessmentId }, lock: { mode: 'pessimistic_write' } });
      if (!a) throw new AssessmentNotFoundError(dto.assessmentId);
      if (a.status !== 'decided') throw new AssessmentNotDecidedError(a.status);
      await this.refuseOwnAssessment(em, bodyId, a.id, actor.id);
      const sampleId = dto.sampleId ?? null;
      if (sampleId) {
        if (!(await em.existsBy(QualitySample, { certificationBodyId: bodyId, id: sampleId }))) throw new QualitySampleNotFoundError(sampleId);
        if (!(await em.existsBy(QualitySampleItem, { certificationBodyId: bodyId, sampleId, assessmentId: a.id }))) throw new NotInSampleError();
      }
      const [earlier] = await em.query(
        `SELECT r.id FROM quality_reviews r
          WHERE r.certification_body_id = $1 AND r.assessment_id = $2 AND r.reviewer_user_id = $3 AND r.sample_id IS NOT DISTINCT FROM $4
          LIMIT 1`,
        [bodyId, a.id, actor.id, sampleId],
      );
      if (earlier) throw new AlreadyReviewedError(earlier.id);
      const saved = await em.save(em.create(QualityReview, { certificationBodyId: bodyId, assessmentId: a.id, sampleId, reviewerUserId: actor.id, ...content(dto) }));
      await this.audit.record(em, {
        bodyId, actor, action: 'quality_review.recorded', entityType: 'assessment', entityId: a.id, payload: auditPayload(saved),
      });
      return saved;
    });
  }

  correct(actor: AuthUser, reviewId: string, dto: CorrectQualityReviewDto): Promise<QualityReview> {
    const bodyId = bodyOf(actor);
    return this.db.transaction(async (em) => {
      const old = await em.findOne(QualityReview, { where: { certificationBodyId: bodyId, id: reviewId }, lock: { mode: 'pessimistic_write' } });
      if (!old) throw new QualityReviewNotFoundError(reviewId);
      if (old.reviewerUserId !== actor.id) throw new ForbiddenError('Only the reviewer corrects a review; record your own review instead');
      const successor = await em.findOneBy(QualityReview, { certificationBodyId: bodyId, supersedesId: old.id });
      if (successor) throw new ReviewSupersededError(successor.id);
      const saved = await em.save(em.create(QualityReview, {
        certificationBodyId: bodyId, assessmentId: old.assessmentId, sampleId: old.sampleId, reviewerUserId: actor.id, ...content(dto),
        supersedesId: old.id, correctionReason: dto.reason,
      }));
      await this.audit.record(em, {
        bodyId, actor, action: 'quality_review.corrected', entityType: 'assessment', entityId: old.assessmentId,
        payload: { ...auditPayload(saved), supersedes: old.id, reason: dto.reason },
      });
      return saved;
    });
  }

  async get(actor: AuthUser, id: string): Promise<ReviewWithSuccessor> {
    const [found] = await this.query(bodyOf(actor), 'r.id = $2', [id], 1, 0);
    if (!found) throw new QualityReviewNotFoundError(id);
    return found;
  }

  async list(actor: AuthUser, q: QualityReviewQueryDto): Promise<{ items: ReviewWithSuccessor[]; total: number }> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => { params.push(value); conditions.push(sql.replace('?', `$${params.length + 1}`)); };
    if (q.assessmentId) add('r.assessment_id = ?', q.assessmentId);
    if (q.sampleId) add('r.sample_id = ?', q.sampleId);
    if (q.reviewerUserId) add('r.reviewer_user_id = ?', q.reviewerUserId);
    if (q.current === 'true') conditions.push(`NOT EXISTS ${SUCCESSOR}`);
    const where = conditions.join(' AND ') || 'true';
    const bodyId = bodyOf(actor);
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM quality_reviews r WHERE r.certification_body_id = $1 AND ${where}`, [bodyId, ...params]);
    const items = await this.query(bodyId, where, params, q.pageSize, (q.page - 1) * q.pageSize);
    return { items, total };
  }

  /** Reviews of the body matching `where` (placeholders from $2), newest first, each with the id of its correction. */
  private async query(bodyId: string, where: string, params: unknown[], limit: number, offset: number): Promise<ReviewWithSuccessor[]> {
    const rows: Array<{ id: string; superseded_by_id: string | null }> = await this.db.query(
      `SELECT r.id, ${SUCCESSOR} AS superseded_by_id FROM quality_reviews r
        WHERE r.certification_body_id = $1 AND ${where}
        ORDER BY r.created_at DESC, r.id DESC LIMIT ${Number(limit)} OFFSET ${Number(offset)}`,
      [bodyId, ...params],
    );
    if (!rows.length) return [];
    const reviews = await this.db.manager.createQueryBuilder(QualityReview, 'q')
      .where('q.certification_body_id = :bodyId AND q.id IN (:...ids)', { bodyId, ids: rows.map((r) => r.id) }).getMany();
    const byId = new Map(reviews.map((r) => [r.id, r]));
    return rows.map((r) => ({ review: byId.get(r.id)!, supersededById: r.superseded_by_id }));
  }

  /** The review as the FR.AK.06 form (PDF), rendered on request: reviews are not issued documents. */
  async pdf(actor: AuthUser, id: string): Promise<Buffer> {
    const { review } = await this.get(actor, id);
    const [form] = await this.forms(review.certificationBodyId, review.assessmentId, [review]);
    return form.pdf;
  }

  /** FR.AK.06 forms of reviews of one assessment, its records loaded once (the dossier export renders them all). */
  async forms(bodyId: string, assessmentId: string, reviews: QualityReview[]): Promise<Array<{ id: string; pdf: Buffer }>> {
    if (!reviews.length) return [];
    const em = this.db.manager;
    const assessment = await em.findOneByOrFail(Assessment, { certificationBodyId: bodyId, id: assessmentId });
    const earlierIds = reviews.flatMap((r) => (r.supersedesId ? [r.supersedesId] : []));
    const [decision, context, earlier, reviewers] = await Promise.all([
      em.findOneByOrFail(CertificationDecision, { certificationBodyId: bodyId, assessmentId }),
      loadDecisionContext(em, assessment),
      earlierIds.length ? em.findBy(QualityReview, { certificationBodyId: bodyId, id: In(earlierIds) }) : [],
      em.findBy(User, { id: In([...new Set(reviews.map((r) => r.reviewerUserId))]) }),
    ]);
    return Promise.all(reviews.map(async (review) => ({
      id: review.id,
      pdf: await renderQualityReview(qualityReviewModel({
        review, assessment, decision, context, corrects: earlier.find((e) => e.id === review.supersedesId) ?? null,
        reviewerName: reviewers.find((u) => u.id === review.reviewerUserId)?.fullName ?? '',
      })),
    })));
  }

  /** Current reviews of one assessment (for its dossier), oldest first. */
  async ofAssessment(bodyId: string, assessmentId: string): Promise<ReviewWithSuccessor[]> {
    return (await this.query(bodyId, 'r.assessment_id = $2', [assessmentId], 1000, 0)).reverse();
  }

  private async refuseOwnAssessment(em: EntityManager, bodyId: string, assessmentId: string, userId: string): Promise<void> {
    // any assignment, past or present: an assessor replaced during the assessment still took part in it
    if (await em.existsBy(AssessmentAssessor, { certificationBodyId: bodyId, assessmentId, assessorUserId: userId })) throw new OwnAssessmentError();
  }
}

/** The form's content in form order, after checking that every cell is answered once. */
function content(dto: QualityReviewContentDto) {
  const problems = reviewFormProblems(dto.principles, dto.consistency);
  if (problems.missing.length || problems.repeated.length) throw new ReviewFormInvalidError(problems);
  const ordered = inFormOrder(
    dto.principles.map((p) => ({ stage: p.stage, principle: p.principle, met: p.met, note: p.note ?? '' })),
    dto.consistency.map((c) => ({ dimension: c.dimension, consistent: c.consistent, note: c.note ?? '' })),
  );
  return {
    ...ordered,
    improvementRecommendations: dto.improvementRecommendations ?? '', consistencyRecommendations: dto.consistencyRecommendations ?? '',
    findings: dto.findings ?? '', comments: dto.comments ?? '',
  };
}

const auditPayload = (r: QualityReview) => ({
  reviewId: r.id, sampleId: r.sampleId, ...reviewSummary(r.principles, r.consistency), principles: r.principles, consistency: r.consistency,
  improvementRecommendations: r.improvementRecommendations, consistencyRecommendations: r.consistencyRecommendations, findings: r.findings, comments: r.comments,
});
