import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { findAssessmentAsAssessor, findVisibleAssessment } from '../assessments/assessment-access.js';
import type { Assessment } from '../assessments/assessment.entity.js';
import { assertGathering } from '../assessments/assessment.errors.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { PortfolioItem } from '../evidence/portfolio-item.entity.js';
import { SchemeQuestion } from '../schemes/entities/scheme-question.entity.js';
import { criteriaOfVersion } from '../schemes/version-criteria.query.js';
import type { ObservationsDto, PortfolioVerificationsDto, QuestioningDto } from './dto/judgement.dto.js';
import { EvidenceRecord } from './evidence-record.entity.js';
import { type JudgementDetails, type JudgementKind, ONE_CURRENT_PER_TARGET, satisfies } from './judgement.js';
import { AlreadyRecordedError, AlreadySupersededError, RecordsInvalidError } from './judgement.errors.js';

interface Draft {
  criterionIds: string[]; details: JudgementDetails; furtherAssessment?: string;
  portfolioItemId?: string; questionId?: string; supersedes?: string;
}
export interface RecordWithSuccessor { record: EvidenceRecord; supersededById: string | null }

/** Evidence gathering while in_progress, by assigned assessors; all-or-nothing per request. */
@Injectable()
export class JudgementsService {
  constructor(@InjectDataSource() private readonly db: DataSource, private readonly audit: AuditService) {}

  observe(actor: AuthUser, id: string, dto: ObservationsDto): Promise<EvidenceRecord[]> {
    return this.write(actor, id, 'observation', async () => dto.records.map((r) => ({
      criterionIds: [r.criterionId], details: { achieved: r.achieved, benchmark: r.benchmark ?? '' },
      furtherAssessment: r.furtherAssessment, supersedes: r.supersedes,
    })));
  }

  question(actor: AuthUser, id: string, dto: QuestioningDto): Promise<EvidenceRecord[]> {
    return this.write(actor, id, 'questioning', async (em, a) => {
      const ids = dto.records.flatMap((r) => (r.questionId ? [r.questionId] : []));
      const bank = ids.length
        ? await em.findBy(SchemeQuestion, { certificationBodyId: a.certificationBodyId, schemeVersionId: a.schemeVersionId, id: In(ids) }) : [];
      return dto.records.map((r) => {
        const q = r.questionId ? bank.find((b) => b.id === r.questionId) : undefined;
        if (r.questionId && !q) throw new RecordsInvalidError('A question is not in the bank of the assessed version', { questionId: r.questionId });
        const questionText = r.questionText ?? q?.text;
        if (!questionText) throw new RecordsInvalidError('Each question needs a questionId or a questionText', {});
        return {
          criterionIds: r.criterionIds, questionId: r.questionId, supersedes: r.supersedes,
          details: { form: r.form, questionText, answerSummary: r.answerSummary, satisfactory: r.satisfactory },
        };
      });
    });
  }

  verifyPortfolio(actor: AuthUser, id: string, dto: PortfolioVerificationsDto): Promise<EvidenceRecord[]> {
    return this.write(actor, id, 'portfolio_verification', async (em, a) => {
      const itemIds = dto.records.map((r) => r.portfolioItemId);
      const items = await em.findBy(PortfolioItem, { certificationBodyId: a.certificationBodyId, candidateUserId: a.candidateUserId, id: In(itemIds) });
      const bad = itemIds.filter((i) => !items.some((it) => it.id === i && it.status !== 'discarded'));
      if (bad.length) throw new RecordsInvalidError('Portfolio items must be live items of the candidate', { portfolioItemIds: bad });
      return dto.records.map((r) => ({
        criterionIds: r.criterionIds, portfolioItemId: r.portfolioItemId, supersedes: r.supersedes,
        details: { valid: r.valid, authentic: r.authentic, current: r.current, sufficient: r.sufficient, followUpTopics: r.followUpTopics ?? '' },
      }));
    });
  }

  /** Every record of the assessment, superseded ones included, with the id of the record that replaced each. */
  async history(actor: AuthUser, id: string, kind?: JudgementKind): Promise<RecordWithSuccessor[]> {
    const a = await findVisibleAssessment(this.db.manager, actor, id);
    const records = await this.db.manager.find(EvidenceRecord, {
      where: { certificationBodyId: a.certificationBodyId, assessmentId: id, ...(kind ? { kind } : {}) }, order: { createdAt: 'ASC', id: 'ASC' },
    });
    const successor = new Map(records.filter((r) => r.supersedesId).map((r) => [r.supersedesId!, r.id]));
    return records.map((record) => ({ record, supersededById: successor.get(record.id) ?? null }));
  }

  private write(
    actor: AuthUser, id: string, kind: JudgementKind, draft: (em: EntityManager, a: Assessment) => Promise<Draft[]>,
  ): Promise<EvidenceRecord[]> {
    return this.db.transaction(async (em) => {
      // the row lock serialises writers of one assessment against each other and against signing
      const { assessment: a } = await findAssessmentAsAssessor(em, actor, id);
      assertGathering(a);
      const drafts = await draft(em, a);
      await this.check(em, a, kind, drafts);
      const rows = drafts.map((d) => em.create(EvidenceRecord, {
        certificationBodyId: a.certificationBodyId, assessmentId: a.id, kind, criterionIds: [...new Set(d.criterionIds)],
        satisfied: satisfies(kind, d.details), furtherAssessment: d.furtherAssessment ?? '', details: d.details,
        portfolioItemId: d.portfolioItemId ?? null, questionId: d.questionId ?? null, supersedesId: d.supersedes ?? null, recordedByUserId: actor.id,
      }));
      const saved = await em.save(rows);
      await this.audit.record(em, {
        bodyId: a.certificationBodyId, actor, action: `assessment.${kind}_recorded`, entityType: 'assessment', entityId: a.id,
        payload: { records: saved.map((r) => ({ id: r.id, criterionIds: r.criterionIds, satisfied: r.satisfied, supersedes: r.supersedesId })) },
      });
      return saved;
    });
  }

  private async check(em: EntityManager, a: Assessment, kind: JudgementKind, drafts: Draft[]): Promise<void> {
    const kuk = new Set((await criteriaOfVersion(em, a.certificationBodyId, a.schemeVersionId)).map((k) => k.id));
    const foreign = drafts.flatMap((d) => d.criterionIds).filter((c) => !kuk.has(c));
    if (foreign.length) throw new RecordsInvalidError('Records name KUK that are not in the assessed version', { criterionIds: foreign });
    if (drafts.some((d) => !d.criterionIds.length)) throw new RecordsInvalidError('Every record names at least one KUK', {});
    const replaced = drafts.flatMap((d) => (d.supersedes ? [d.supersedes] : []));
    if (new Set(replaced).size !== replaced.length) throw new RecordsInvalidError('A record is superseded twice in one request', { supersedes: replaced });
    const current = await em.query(
      `SELECT r.id, r.kind, r.criterion_ids AS "criterionIds", r.portfolio_item_id AS "portfolioItemId",
              EXISTS (SELECT 1 FROM assessment_evidence_records s WHERE s.certification_body_id = r.certification_body_id AND s.supersedes_id = r.id) AS superseded
         FROM assessment_evidence_records r WHERE r.certification_body_id = $1 AND r.assessment_id = $2 AND r.kind = $3`,
      [a.certificationBodyId, a.id, kind],
    ) as Array<{ id: string; criterionIds: string[]; portfolioItemId: string | null; superseded: boolean }>;
    const unknown = replaced.filter((r) => !current.some((c) => c.id === r));
    if (unknown.length) throw new RecordsInvalidError(`"supersedes" must name a ${kind} record of this assessment`, { supersedes: unknown });
    const stale = replaced.filter((r) => current.find((c) => c.id === r)!.superseded);
    if (stale.length) throw new AlreadySupersededError(stale);
    if (!ONE_CURRENT_PER_TARGET.has(kind)) return;
    const targetsOf = (r: { criterionIds: string[]; portfolioItemId?: string | null }) =>
      kind === 'observation' ? r.criterionIds : [r.portfolioItemId!];
    const live = current.filter((c) => !c.superseded && !replaced.includes(c.id)).flatMap(targetsOf);
    const wanted = drafts.flatMap(targetsOf);
    const twice = wanted.filter((t, i) => wanted.indexOf(t) !== i);
    if (twice.length) throw new RecordsInvalidError('A KUK or portfolio item appears twice in one request', { targets: twice });
    const taken = wanted.filter((t) => live.includes(t));
    if (taken.length) throw new AlreadyRecordedError(taken);
  }
}
