import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { bodyOf } from '../assessments/assessment-access.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { Scheme } from '../schemes/entities/scheme.entity.js';
import type { DrawSampleDto } from './dto/quality-sample.dto.js';
import { QualitySampleItem } from './quality-sample-item.entity.js';
import { QualitySample } from './quality-sample.entity.js';
import { NothingToSampleError, PopulationTooLargeError, QualitySampleNotFoundError, SamplePeriodInvalidError } from './quality-reviews.errors.js';
import { drawSample, type SampleCandidate } from './sampling.js';

/** Ranks are computed in memory over the population; beyond this a narrower period or one scheme is asked for. */
export const MAX_POPULATION = 500_000;

export interface SampleItemWithReview { item: QualitySampleItem; reviewId: string | null }
export interface SampleDetail { sample: QualitySample; items: SampleItemWithReview[] }

/**
 * FR.AK.06 / validation sampling: the population is every assessment whose
 * certification decision falls in the period, with its scheme and lead assessor.
 */
@Injectable()
export class QualitySamplesService {
  constructor(@InjectDataSource() private readonly db: DataSource, private readonly audit: AuditService) {}

  draw(actor: AuthUser, dto: DrawSampleDto): Promise<SampleDetail> {
    const bodyId = bodyOf(actor);
    if (dto.from > dto.to) throw new SamplePeriodInvalidError();
    return this.db.transaction(async (em) => {
      if (dto.schemeId && !(await em.existsBy(Scheme, { certificationBodyId: bodyId, id: dto.schemeId }))) throw new NotFoundError('Scheme', dto.schemeId);
      const population = await this.population(em, bodyId, dto);
      if (!population.length) throw new NothingToSampleError();
      const seed = dto.seed ?? randomBytes(16).toString('hex');
      const stratifyBy = [...new Set(dto.stratifyBy ?? [])];
      const picked = drawSample(population, { seed, size: dto.size, stratifyBy, minPerAssessor: dto.minPerAssessor ?? false });
      const sample = await em.save(em.create(QualitySample, {
        certificationBodyId: bodyId, drawnByUserId: actor.id, seed, periodFrom: dto.from, periodTo: dto.to, schemeId: dto.schemeId ?? null,
        stratifyBy, requestedSize: dto.size ?? null, minPerAssessor: dto.minPerAssessor ?? false, populationSize: population.length, purpose: dto.purpose ?? '',
      }));
      const items = picked.map((p, i) => em.create(QualitySampleItem, {
        certificationBodyId: bodyId, sampleId: sample.id, position: i + 1, assessmentId: p.assessmentId, schemeId: p.schemeId,
        assessorUserId: p.assessorUserId, period: p.period, stratum: p.stratum.slice(0, 200), rank: p.rank, reason: p.reason,
      }));
      await em.save(items, { chunk: 500 });
      await this.audit.record(em, {
        bodyId, actor, action: 'quality_sample.drawn', entityType: 'quality_sample', entityId: sample.id,
        payload: {
          seed, from: dto.from, to: dto.to, schemeId: sample.schemeId, stratifyBy, size: sample.requestedSize, minPerAssessor: sample.minPerAssessor,
          populationSize: population.length, assessmentIds: items.map((i) => i.assessmentId),
        },
      });
      return { sample, items: items.map((item) => ({ item, reviewId: null })) };
    });
  }

  /** Decisions keep their scheme and lead assessor (DecisionFactsForReports): one table, one index range. */
  private async population(em: EntityManager, bodyId: string, dto: DrawSampleDto): Promise<SampleCandidate[]> {
    const params: unknown[] = [bodyId, dto.from, dto.to, ...(dto.schemeId ? [dto.schemeId] : [])];
    const where = `WHERE d.certification_body_id = $1
          AND d.decided_at >= ($2::date)::timestamp AT TIME ZONE 'Asia/Jakarta'
          AND d.decided_at < ($3::date + 1)::timestamp AT TIME ZONE 'Asia/Jakarta'
          ${dto.schemeId ? 'AND d.scheme_id = $4' : ''}`;
    const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM certification_decisions d ${where}`, params);
    if (n > MAX_POPULATION) throw new PopulationTooLargeError(n, MAX_POPULATION);
    return em.query(
      `SELECT d.assessment_id AS "assessmentId", d.scheme_id AS "schemeId", d.assessor_user_id AS "assessorUserId",
              to_char(d.decided_at AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM') AS period
         FROM certification_decisions d ${where}`,
      params,
    );
  }

  async get(actor: AuthUser, id: string): Promise<SampleDetail> {
    const bodyId = bodyOf(actor);
    const sample = await this.db.manager.findOneBy(QualitySample, { certificationBodyId: bodyId, id });
    if (!sample) throw new QualitySampleNotFoundError(id);
    const rows: Array<{ id: string; review_id: string | null }> = await this.db.query(
      `SELECT i.id, r.id AS review_id
         FROM quality_sample_items i
         LEFT JOIN LATERAL (
           SELECT q.id FROM quality_reviews q
            WHERE q.certification_body_id = i.certification_body_id AND q.sample_id = i.sample_id AND q.assessment_id = i.assessment_id
              AND NOT EXISTS (SELECT 1 FROM quality_reviews n WHERE n.certification_body_id = q.certification_body_id AND n.supersedes_id = q.id)
            ORDER BY q.created_at DESC LIMIT 1) r ON true
        WHERE i.certification_body_id = $1 AND i.sample_id = $2`,
      [bodyId, id],
    );
    const reviewOf = new Map(rows.map((r) => [r.id, r.review_id]));
    const items = await this.db.manager.find(QualitySampleItem, { where: { certificationBodyId: bodyId, sampleId: id }, order: { position: 'ASC' } });
    return { sample, items: items.map((item) => ({ item, reviewId: reviewOf.get(item.id) ?? null })) };
  }

  async list(actor: AuthUser, page: number, pageSize: number): Promise<{ items: QualitySample[]; total: number }> {
    const [items, total] = await this.db.manager.findAndCount(QualitySample, {
      where: { certificationBodyId: bodyOf(actor) }, order: { createdAt: 'DESC', id: 'DESC' }, skip: (page - 1) * pageSize, take: pageSize,
    });
    return { items, total };
  }
}
