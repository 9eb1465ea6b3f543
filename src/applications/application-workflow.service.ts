import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { EvidenceService } from '../evidence/evidence.service.js';
import { SchemeVersionsService } from '../schemes/scheme-versions.service.js';
import { bodyOf } from './application-access.js';
import { ApplicationEvent } from './application-event.entity.js';
import { ApplicationReview } from './application-review.entity.js';
import { type ApplicationAction, missingRequiredEvidence, nextApplicationStatus } from './application-state.js';
import { Application } from './application.entity.js';
import {
  ApplicationNotFoundError, IllegalApplicationTransitionError, RequiredEvidenceMissingError, RequirementsNotMetError, VerificationIncompleteError,
} from './application.errors.js';
import { snapshotOf } from './applications.service.js';
import type { ReviewApplicationDto } from './dto/review.dto.js';
import { RequirementCheck } from './requirement-check.entity.js';

/** The only writer of Application.status: one transaction per action, row-locked, with a history row. */
@Injectable()
export class ApplicationWorkflowService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly evidence: EvidenceService,
    private readonly versions: SchemeVersionsService,
  ) {}

  /** Locks the referenced items, refreshes the applicant snapshot and hands the application to the body. */
  submit(actor: AuthUser, id: string): Promise<Application> {
    return this.transition(actor, id, 'submit', '', async (em, a) => {
      const outline = (await this.versions.outline(em, a.certificationBodyId, a.schemeVersionId))!;
      const missing = missingRequiredEvidence(outline.requirements, a.requirementEvidence);
      if (missing.length) {
        throw new RequiredEvidenceMissingError(missing.map((i) => ({ requirementIndex: i, description: outline.requirements[i].description })));
      }
      await this.evidence.lockItems(em, a.certificationBodyId, a.requirementEvidence.flatMap((e) => e.portfolioItemIds), a.candidateUserId);
      a.applicant = await snapshotOf(em, a.candidateUserId, a.applicant);
      a.submissionCount += 1;
      a.submittedAt = new Date();
    });
  }

  withdraw(actor: AuthUser, id: string, reason = ''): Promise<Application> {
    return this.transition(actor, id, 'withdraw', reason, async () => undefined);
  }

  /** FR.APL.01 LSP part: every requirement verified (a new record each round) and the recommendation. */
  review(actor: AuthUser, id: string, dto: ReviewApplicationDto): Promise<Application> {
    return this.transition(actor, id, dto.recommendation, dto.notes ?? '', async (em, a) => {
      const { requirements } = (await this.versions.outline(em, a.certificationBodyId, a.schemeVersionId))!;
      const given = dto.requirements.map((r) => r.requirementIndex);
      const missing = requirements.map((_, i) => i).filter((i) => given.filter((g) => g === i).length !== 1);
      const unknown = given.filter((g) => g >= requirements.length);
      if (missing.length || unknown.length) throw new VerificationIncompleteError([...missing, ...unknown]);
      const failing = dto.requirements.filter((r) => !r.present || !r.meets).map((r) => r.requirementIndex).sort((x, y) => x - y);
      if (dto.recommendation === 'accept' && failing.length) throw new RequirementsNotMetError(failing);
      const review = await em.save(ApplicationReview, em.create(ApplicationReview, {
        certificationBodyId: a.certificationBodyId, applicationId: a.id, round: a.submissionCount,
        recommendation: dto.recommendation, notes: dto.notes ?? '', reviewerUserId: actor.id,
      }));
      await em.insert(RequirementCheck, dto.requirements.map((r) => ({
        certificationBodyId: a.certificationBodyId, reviewId: review.id, requirementIndex: r.requirementIndex,
        description: requirements[r.requirementIndex].description, present: r.present, meets: r.meets, note: r.note ?? '',
      })));
      if (dto.recommendation !== 'return') a.decidedAt = new Date();
    });
  }

  private transition(
    actor: AuthUser, id: string, action: ApplicationAction, reason: string,
    apply: (em: EntityManager, a: Application) => Promise<void>,
  ): Promise<Application> {
    const bodyId = bodyOf(actor);
    const byCandidate = action === 'submit' || action === 'withdraw';
    return this.db.transaction(async (em) => {
      const a = await em.findOne(Application, {
        where: { certificationBodyId: bodyId, id, ...(byCandidate ? { candidateUserId: actor.id } : {}) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!a) throw new ApplicationNotFoundError(id);
      const from = a.status;
      const to = nextApplicationStatus(action, from);
      if (!to) throw new IllegalApplicationTransitionError(action, from);
      await apply(em, a);
      a.status = to;
      const saved = await em.save(a);
      await em.insert(ApplicationEvent, {
        certificationBodyId: bodyId, applicationId: id, action, fromStatus: from, toStatus: to, actorUserId: actor.id, reason,
      });
      await this.audit.record(em, {
        bodyId, actor, action: `application.${to}`,
        entityType: 'application', entityId: id, payload: { from, to, reason },
      });
      return saved;
    });
  }
}
