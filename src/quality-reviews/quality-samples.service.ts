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

/** A sampled item with what a reviewer needs to pick it up: scheme code, assessor name, the current review. */
export interface SampleItemWithReview { item: QualitySampleItem; schemeCode: string; assessorName: string; reviewId: string | null }
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
      return { sample, items: await this.itemsOf(em, bodyId, sample.id) };
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
    return { sample, items: await this.itemsOf(this.db.manager, bodyId, id) };
  }

  /** The items in seeded order, each with its scheme code, assessor name and current (not superseded) review for this sample. */
  private async itemsOf(em: EntityManager, bodyId: string, sampleId: string): Promise<SampleItemWithReview[]> {
    const rows: Array<{ id: string; scheme_code: string; assessor_name: string; review_id: string | null }> = await em.query(
      `SELECT i.id, d.scheme_code, u.full_name AS assessor_name, r.id AS review_id
         FROM quality_sample_items i
         JOIN certification_decisions d ON d.certification_body_id = i.certification_body_id AND d.assessment_id = i.assessment_id
         JOIN users u ON u.id = i.assessor_user_id
         LEFT JOIN LATERAL (
           SELECT q.id FROM quality_reviews q
            WHERE q.certification_body_id = i.certification_body_id AND q.sample_id = i.sample_id AND q.assessment_id = i.assessment_id
              AND NOT EXISTS (SELECT 1 FROM quality_reviews n WHERE n.certification_body_id = q.certification_body_id AND n.supersedes_id = q.id)
            ORDER BY q.created_at DESC LIMIT 1) r ON true
        WHERE i.certification_body_id = $1 AND i.sample_id = $2`,
      [bodyId, sampleId],
    );
    const extra = new Map(rows.map((r) => [r.id, r]));
    const items = await em.find(QualitySampleItem, { where: { certificationBodyId: bodyId, sampleId }, order: { position: 'ASC' } });
    return items.map((item) => {
      const x = extra.get(item.id)!;
      return { item, schemeCode: x.scheme_code, assessorName: x.assessor_name, reviewId: x.review_id };
    });
  }

  async list(actor: AuthUser, page: number, pageSize: number): Promise<{ items: QualitySample[]; total: number }> {
    const [items, total] = await this.db.manager.findAndCount(QualitySample, {
      where: { certificationBodyId: bodyOf(actor) }, order: { createdAt: 'DESC', id: 'DESC' }, skip: (page - 1) * pageSize, take: pageSize,
    });
    return { items, total };
  }
}
