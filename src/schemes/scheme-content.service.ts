import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type EntityTarget, In, MoreThanOrEqual, type ObjectLiteral } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { DomainError, NotFoundError } from '../common/errors/domain-error.js';
import type {
  CreateCriterionDto, CreateElementDto, CreateQuestionDto, CreateUnitDto, UpdateCriterionDto, UpdateElementDto,
  UpdateQuestionDto, UpdateUnitDto,
} from './dto/content.dto.js';
import { PerformanceCriterion } from './entities/performance-criterion.entity.js';
import { SchemeElement } from './entities/scheme-element.entity.js';
import { SchemeQuestion } from './entities/scheme-question.entity.js';
import { SchemeUnit } from './entities/scheme-unit.entity.js';
import type { SchemeVersion } from './entities/scheme-version.entity.js';
import { bodyOf, SchemeAccess } from './scheme-access.js';

type Scope = { schemeId: string; versionId: string };
const KINDS = { unit: SchemeUnit, element: SchemeElement, criterion: PerformanceCriterion, question: SchemeQuestion } as const;
type Kind = keyof typeof KINDS;

export class CriterionReferenceInvalidError extends DomainError {
  constructor(ids: string[]) {
    super('SCHEME_QUESTION.CRITERIA_INVALID', 'Some KUK ids do not belong to this version', { criterionIds: ids });
  }
}

/** Writes to a draft version's units, elements, KUK and question bank. Published versions answer 409. */
@Injectable()
export class SchemeContentService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly access: SchemeAccess,
  ) {}

  /** One transaction: lock the draft, run the change, audit it. */
  private write<T extends { id: string }>(
    actor: AuthUser, s: Scope, action: string, payload: unknown,
    change: (em: EntityManager, v: SchemeVersion) => Promise<T>,
  ): Promise<T> {
    return this.db.transaction(async (em) => {
      const version = await this.access.draft(em, actor, s.schemeId, s.versionId);
      const result = await change(em, version);
      const entityType = action.split('.')[0];
      await this.audit.record(em, { bodyId: bodyOf(actor), actor, action, entityType, entityId: result.id, payload: { ...s, ...(payload as object) } });
      return result;
    });
  }

  private async child<E extends ObjectLiteral>(em: EntityManager, v: SchemeVersion, kind: Kind, id: string): Promise<E> {
    const row = await em.findOneBy(KINDS[kind] as EntityTarget<E>, { certificationBodyId: v.certificationBodyId, schemeVersionId: v.id, id } as never);
    if (!row) throw new NotFoundError(kind === 'criterion' ? 'PerformanceCriterion' : `Scheme${kind[0].toUpperCase()}${kind.slice(1)}`, id);
    return row;
  }

  addUnit(actor: AuthUser, s: Scope, dto: CreateUnitDto): Promise<SchemeUnit> {
    return this.write(actor, s, 'scheme_unit.created', dto, async (em, v) => {
      const where = { certificationBodyId: v.certificationBodyId, schemeVersionId: v.id };
      const max = (await em.maximum(SchemeUnit, 'position', where)) ?? 0;
      const position = Math.min(dto.position ?? max + 1, max + 1);
      if (position <= max) await em.increment(SchemeUnit, { ...where, position: MoreThanOrEqual(position) }, 'position', 1);
      return em.save(SchemeUnit, em.create(SchemeUnit, { ...where, ...dto, position }));
    });
  }

  updateUnit(actor: AuthUser, s: Scope, unitId: string, dto: UpdateUnitDto): Promise<SchemeUnit> {
    return this.write(actor, s, 'scheme_unit.updated', { unitId, ...dto }, async (em, v) => {
      return this.saveMerged(em, SchemeUnit, await this.child<SchemeUnit>(em, v, 'unit', unitId), dto);
    });
  }

  removeUnit(actor: AuthUser, s: Scope, unitId: string): Promise<{ id: string }> {
    return this.write(actor, s, 'scheme_unit.deleted', { unitId }, async (em, v) => {
      await this.child(em, v, 'unit', unitId);
      const elements = await em.findBy(SchemeElement, { certificationBodyId: v.certificationBodyId, unitId });
      await this.dropCriteriaFromQuestions(em, v, elements.map((e) => e.id), 'element_id');
      await em.delete(SchemeUnit, { certificationBodyId: v.certificationBodyId, id: unitId });
      return { id: unitId };
    });
  }

  addElement(actor: AuthUser, s: Scope, unitId: string, dto: CreateElementDto): Promise<SchemeElement> {
    return this.write(actor, s, 'scheme_element.created', { unitId, ...dto }, async (em, v) => {
      await this.child(em, v, 'unit', unitId);
      return em.save(SchemeElement, em.create(SchemeElement, { certificationBodyId: v.certificationBodyId, schemeVersionId: v.id, unitId, ...dto }));
    });
  }

  updateElement(actor: AuthUser, s: Scope, elementId: string, dto: UpdateElementDto): Promise<SchemeElement> {
    return this.write(actor, s, 'scheme_element.updated', { elementId, ...dto }, async (em, v) =>
      this.saveMerged(em, SchemeElement, await this.child<SchemeElement>(em, v, 'element', elementId), dto));
  }

  removeElement(actor: AuthUser, s: Scope, elementId: string): Promise<{ id: string }> {
    return this.write(actor, s, 'scheme_element.deleted', { elementId }, async (em, v) => {
      await this.child(em, v, 'element', elementId);
      await this.dropCriteriaFromQuestions(em, v, [elementId], 'element_id');
      await em.delete(SchemeElement, { certificationBodyId: v.certificationBodyId, id: elementId });
      return { id: elementId };
    });
  }

  addCriterion(actor: AuthUser, s: Scope, elementId: string, dto: CreateCriterionDto): Promise<PerformanceCriterion> {
    return this.write(actor, s, 'performance_criterion.created', { elementId, ...dto }, async (em, v) => {
      await this.child(em, v, 'element', elementId);
      const where = { certificationBodyId: v.certificationBodyId, elementId };
      const position = ((await em.maximum(PerformanceCriterion, 'position', where)) ?? 0) + 1;
      return em.save(PerformanceCriterion, em.create(PerformanceCriterion, { ...where, schemeVersionId: v.id, position, ...dto }));
    });
  }

  updateCriterion(actor: AuthUser, s: Scope, criterionId: string, dto: UpdateCriterionDto): Promise<PerformanceCriterion> {
    return this.write(actor, s, 'performance_criterion.updated', { criterionId, ...dto }, async (em, v) =>
      this.saveMerged(em, PerformanceCriterion, await this.child<PerformanceCriterion>(em, v, 'criterion', criterionId), dto));
  }

  removeCriterion(actor: AuthUser, s: Scope, criterionId: string): Promise<{ id: string }> {
    return this.write(actor, s, 'performance_criterion.deleted', { criterionId }, async (em, v) => {
      await this.child(em, v, 'criterion', criterionId);
      await this.dropCriteriaFromQuestions(em, v, [criterionId], 'id');
      await em.delete(PerformanceCriterion, { certificationBodyId: v.certificationBodyId, id: criterionId });
      return { id: criterionId };
    });
  }

  async listQuestions(actor: AuthUser, s: Scope): Promise<SchemeQuestion[]> {
    const em = this.db.manager;
    const v = await this.access.version(em, actor, s.schemeId, s.versionId);
    return em.find(SchemeQuestion, { where: { certificationBodyId: v.certificationBodyId, schemeVersionId: v.id }, order: { position: 'ASC' } });
  }

  addQuestion(actor: AuthUser, s: Scope, dto: CreateQuestionDto): Promise<SchemeQuestion> {
    return this.write(actor, s, 'scheme_question.created', { kind: dto.kind, criterionIds: dto.criterionIds }, async (em, v) => {
      await this.assertCriteria(em, v, dto.criterionIds);
      const where = { certificationBodyId: v.certificationBodyId, schemeVersionId: v.id };
      const position = ((await em.maximum(SchemeQuestion, 'position', where)) ?? 0) + 1;
      return em.save(SchemeQuestion, em.create(SchemeQuestion, { ...where, position, options: [], answerKey: '', expectedAnswer: '', ...dto }));
    });
  }

  updateQuestion(actor: AuthUser, s: Scope, questionId: string, dto: UpdateQuestionDto): Promise<SchemeQuestion> {
    return this.write(actor, s, 'scheme_question.updated', { questionId, fields: Object.keys(dto) }, async (em, v) => {
      const question = await this.child<SchemeQuestion>(em, v, 'question', questionId);
      if (dto.criterionIds) await this.assertCriteria(em, v, dto.criterionIds);
      return this.saveMerged(em, SchemeQuestion, question, dto);
    });
  }

  removeQuestion(actor: AuthUser, s: Scope, questionId: string): Promise<{ id: string }> {
    return this.write(actor, s, 'scheme_question.deleted', { questionId }, async (em, v) => {
      await this.child(em, v, 'question', questionId);
      await em.delete(SchemeQuestion, { certificationBodyId: v.certificationBodyId, id: questionId });
      return { id: questionId };
    });
  }

  private async saveMerged<E extends ObjectLiteral>(em: EntityManager, target: new () => E, row: E, dto: object): Promise<E> {
    em.merge(target, row, dto as never);
    await em.save(row);
    return row;
  }

  private async assertCriteria(em: EntityManager, v: SchemeVersion, ids: string[]): Promise<void> {
    const found = await em.findBy(PerformanceCriterion, { certificationBodyId: v.certificationBodyId, schemeVersionId: v.id, id: In(ids) });
    const missing = ids.filter((id) => !found.some((c) => c.id === id));
    if (missing.length) throw new CriterionReferenceInvalidError(missing);
  }

  /** Questions keep only KUK that still exist; publish rejects questions left without any. */
  private async dropCriteriaFromQuestions(em: EntityManager, v: SchemeVersion, ids: string[], column: 'id' | 'element_id') {
    if (!ids.length) return;
    await em.query(
      `UPDATE scheme_questions q SET criterion_ids = ARRAY(
         SELECT c FROM unnest(q.criterion_ids) c WHERE c NOT IN (
           SELECT pc.id FROM performance_criteria pc WHERE pc.certification_body_id = $1 AND pc.${column} = ANY($3::uuid[])))
       WHERE q.certification_body_id = $1 AND q.scheme_version_id = $2`,
      [v.certificationBodyId, v.id, ids],
    );
  }
}
