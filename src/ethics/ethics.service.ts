import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { bodyOf, findAssessmentAsAssessor, findVisibleAssessment } from '../assessments/assessment-access.js';
import { AssessmentAssessor } from '../assessments/assessment-assessor.entity.js';
import { AssessmentWorkflowService } from '../assessments/assessment-workflow.service.js';
import { Assessment } from '../assessments/assessment.entity.js';
import { AssessmentNotFoundError } from '../assessments/assessment.errors.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { type EthicsGate, ethicsGate, gatePasses, isConflict, unaffirmedItems } from './code-of-ethics.js';
import { seedCodeOfEthics } from './code-of-ethics.seed.js';
import { CodeOfEthicsVersion } from './code-of-ethics-version.entity.js';
import type { AffirmEthicsDto, PublishCodeOfEthicsDto } from './dto/ethics.dto.js';
import { EthicsAffirmation } from './ethics-affirmation.entity.js';
import {
  AffirmationClosedError, AffirmationIncompleteError, AlreadyAffirmedError, EthicsGateError, EthicsVersionOutdatedError,
} from './ethics.errors.js';

export interface EthicsStatus { affirmations: EthicsAffirmation[]; gate: EthicsGate; status: string }

/** The code of ethics per body, assessors' affirmations, and the gate to `ready`. */
@Injectable()
export class EthicsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly workflow: AssessmentWorkflowService,
  ) {}

  /** The highest version; bodies created before the seed get the BNSP code as version 1 on first use. */
  async current(em: EntityManager, bodyId: string): Promise<CodeOfEthicsVersion> {
    const find = () => em.findOne(CodeOfEthicsVersion, { where: { certificationBodyId: bodyId }, order: { version: 'DESC' } });
    const found = await find();
    if (found) return found;
    await seedCodeOfEthics(em, bodyId);
    return (await find())!;
  }

  read(actor: AuthUser): Promise<CodeOfEthicsVersion> {
    return this.current(this.db.manager, bodyOf(actor));
  }

  publish(actor: AuthUser, dto: PublishCodeOfEthicsDto): Promise<CodeOfEthicsVersion> {
    const bodyId = bodyOf(actor);
    return this.db.transaction(async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('code_of_ethics:' || $1))`, [bodyId]);
      const prev = await this.current(em, bodyId);
      const saved = await em.save(em.create(CodeOfEthicsVersion, {
        certificationBodyId: bodyId, version: prev.version + 1, publishedByUserId: actor.id,
        items: dto.items.map((text, i) => ({ number: i + 1, text })),
      }));
      await this.audit.record(em, {
        bodyId, actor, action: 'code_of_ethics.published', entityType: 'code_of_ethics_version', entityId: saved.id,
        payload: { version: saved.version, items: saved.items },
      });
      return saved;
    });
  }

  /** The gate over the active team (for consent and the ready action). */
  async gate(em: EntityManager, bodyId: string, assessmentId: string): Promise<EthicsGate> {
    const active = await em.find(AssessmentAssessor, { where: { certificationBodyId: bodyId, assessmentId, active: true } });
    const affirmations = active.length
      ? await em.createQueryBuilder(EthicsAffirmation, 'e')
        .where('e.certification_body_id = :bodyId AND e.assessment_id = :assessmentId', { bodyId, assessmentId })
        .andWhere('e.assessment_assessor_id IN (:...ids)', { ids: active.map((r) => r.id) }).getMany()
      : [];
    return ethicsGate(active.map((r) => r.assessorUserId), affirmations);
  }

  affirm(actor: AuthUser, assessmentId: string, dto: AffirmEthicsDto): Promise<EthicsAffirmation> {
    return this.db.transaction(async (em) => {
      const { assessment, assignment } = await findAssessmentAsAssessor(em, actor, assessmentId);
      const bodyId = assessment.certificationBodyId;
      if (assessment.status !== 'scheduled') throw new AffirmationClosedError(assessment.status);
      if (await em.existsBy(EthicsAffirmation, { certificationBodyId: bodyId, assessmentAssessorId: assignment.id })) throw new AlreadyAffirmedError();
      const code = await this.current(em, bodyId);
      if (dto.codeVersion !== code.version) throw new EthicsVersionOutdatedError(code.version);
      const missing = unaffirmedItems(code.items, dto.affirmedItems);
      if (missing.length) throw new AffirmationIncompleteError(missing);
      const saved = await em.save(em.create(EthicsAffirmation, {
        certificationBodyId: bodyId, assessmentId, assessmentAssessorId: assignment.id, assessorUserId: actor.id,
        codeVersionId: code.id, codeVersion: code.version, answers: code.items.map((i) => ({ ...i, affirmed: true })),
        relationship: dto.relationship, relationshipDetail: dto.relationshipDetail ?? '', giftsAccepted: dto.giftsAccepted,
      }));
      await this.audit.record(em, {
        bodyId, actor, action: 'assessment.ethics_affirmed', entityType: 'assessment', entityId: assessmentId,
        payload: { affirmationId: saved.id, codeVersion: code.version, relationship: dto.relationship, giftsAccepted: dto.giftsAccepted, conflict: isConflict(saved) },
      });
      if (gatePasses(await this.gate(em, bodyId, assessmentId))) await this.workflow.transitionIn(em, actor, assessment, 'markReady', 'Code of ethics affirmed by every assessor');
      return saved;
    });
  }

  /** Admin: re-check the gate (e.g. after a reassignment removed a conflicted assessor) and mark ready. */
  markReady(actor: AuthUser, assessmentId: string): Promise<Assessment> {
    const bodyId = bodyOf(actor);
    return this.db.transaction(async (em) => {
      const a = await em.findOne(Assessment, { where: { certificationBodyId: bodyId, id: assessmentId }, lock: { mode: 'pessimistic_write' } });
      if (!a) throw new AssessmentNotFoundError(assessmentId);
      if (a.status === 'scheduled') {
        const gate = await this.gate(em, bodyId, assessmentId);
        if (!gatePasses(gate)) throw new EthicsGateError(gate);
      }
      return this.workflow.transitionIn(em, actor, a, 'markReady', 'Ethics gate checked by an administrator');
    });
  }

  async status(actor: AuthUser, assessmentId: string): Promise<EthicsStatus> {
    const em = this.db.manager;
    const a = await findVisibleAssessment(em, actor, assessmentId);
    const affirmations = await em.find(EthicsAffirmation, {
      where: { certificationBodyId: a.certificationBodyId, assessmentId }, order: { createdAt: 'ASC' },
    });
    return { affirmations, gate: await this.gate(em, a.certificationBodyId, assessmentId), status: a.status };
  }
}
