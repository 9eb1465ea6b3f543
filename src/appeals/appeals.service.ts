import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { type AuthUser, hasRole } from '../auth/auth-user.js';
import { CertificationBody } from '../certification-bodies/certification-body.entity.js';
import { DecisionNotFoundError } from '../decisions/decisions.errors.js';
import { DecisionsService } from '../decisions/decisions.service.js';
import { Membership } from '../memberships/membership.entity.js';
import { AppealEvent } from './appeal-event.entity.js';
import { AppealPanelMember } from './appeal-panel-member.entity.js';
import { type AppealAction, APPEAL_RESOLUTION_DAYS, nextAppealStatus, panelRefusals, withinAppealWindow } from './appeal-state.js';
import { Appeal } from './appeal.entity.js';
import {
  AppealAlreadyFiledError, AppealNotFoundError, AppealWindowClosedError, IllegalAppealTransitionError, NotOnPanelError, PanelNotIndependentError,
} from './appeals.errors.js';
import type { AppointPanelDto, FileAppealDto, ResolveAppealDto } from './dto/appeal.dto.js';

export interface AppealDetail { appeal: Appeal; panel: AppealPanelMember[]; events: AppealEvent[] }

const seesAllAppeals = (a: AuthUser) => hasRole(a, 'admin') || hasRole(a, 'auditor') || hasRole(a, 'decision_maker');
const bodyOf = (a: AuthUser) => a.bodyId ?? '';

/** FR.AK.04 appeals: filing within the body's window, an independent panel, and its resolution. */
@Injectable()
export class AppealsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly decisions: DecisionsService,
  ) {}

  file(actor: AuthUser, dto: FileAppealDto): Promise<AppealDetail> {
    const bodyId = bodyOf(actor);
    return this.db.transaction(async (em) => {
      const decision = await this.decisions.find(em, bodyId, dto.decisionId, true);
      if (!decision || decision.candidateUserId !== actor.id) throw new DecisionNotFoundError(dto.decisionId);
      const body = await em.findOneByOrFail(CertificationBody, { id: bodyId });
      const now = new Date();
      if (!withinAppealWindow(decision.decidedAt, body.appealWindowDays, now)) {
        throw new AppealWindowClosedError(body.appealWindowDays, new Date(decision.decidedAt.getTime() + body.appealWindowDays * 86_400_000));
      }
      const existing = await em.findOneBy(Appeal, { certificationBodyId: bodyId, decisionId: decision.id });
      if (existing) throw new AppealAlreadyFiledError(existing.id);
      const appeal = await em.save(Appeal, em.create(Appeal, {
        certificationBodyId: bodyId, decisionId: decision.id, assessmentId: decision.assessmentId, appellantUserId: actor.id,
        processExplained: dto.processExplained, discussedWithAssessor: dto.discussedWithAssessor, involvesOtherPerson: dto.involvesOtherPerson,
        reasons: dto.reasons, status: 'filed', filedAt: now, resolutionDueAt: new Date(now.getTime() + APPEAL_RESOLUTION_DAYS * 86_400_000),
      }));
      await this.event(em, actor, appeal, 'file', null, '');
      await this.audit.record(em, { bodyId, actor, action: 'appeal.filed', entityType: 'appeal', entityId: appeal.id, payload: dto });
      return this.detail(em, appeal);
    });
  }

  appointPanel(actor: AuthUser, id: string, dto: AppointPanelDto): Promise<AppealDetail> {
    const bodyId = bodyOf(actor);
    return this.db.transaction(async (em) => {
      const appeal = await this.lock(em, bodyId, id);
      const decision = (await this.decisions.find(em, bodyId, appeal.decisionId))!;
      const [members, assessors] = await Promise.all([
        em.findBy(Membership, { certificationBodyId: bodyId, userId: In(dto.memberUserIds) }),
        em.query(
          `SELECT DISTINCT aa.assessor_user_id AS id FROM assessment_assessors aa JOIN assessments a
             ON a.certification_body_id = aa.certification_body_id AND a.id = aa.assessment_id
           WHERE aa.certification_body_id = $1 AND a.application_id = $2`, [bodyId, decision.applicationId]) as Promise<Array<{ id: string }>>,
      ]);
      const reasons = panelRefusals({
        memberUserIds: [...new Set(dto.memberUserIds)], bodyMemberUserIds: members.filter((m) => m.active !== false).map((m) => m.userId),
        candidateUserId: decision.candidateUserId, assessorUserIds: assessors.map((r) => r.id), decidedByUserId: decision.decidedByUserId,
      });
      if (reasons.length) throw new PanelNotIndependentError(reasons);
      const from = this.transition(appeal, 'appointPanel');
      await em.update(AppealPanelMember, { certificationBodyId: bodyId, appealId: id, active: true }, { active: false });
      await em.insert(AppealPanelMember, [...new Set(dto.memberUserIds)].map((userId) => ({ certificationBodyId: bodyId, appealId: id, userId, appointedByUserId: actor.id })));
      await em.save(appeal);
      await this.event(em, actor, appeal, 'appointPanel', from, dto.notes ?? '');
      await this.audit.record(em, { bodyId, actor, action: 'appeal.panel_appointed', entityType: 'appeal', entityId: id, payload: dto });
      return this.detail(em, appeal);
    });
  }

  /** A panel member upholds the decision, or grants a reassessment (recorded on the decision; scheduled by an admin). */
  resolve(actor: AuthUser, id: string, dto: ResolveAppealDto): Promise<AppealDetail> {
    const bodyId = bodyOf(actor);
    return this.db.transaction(async (em) => {
      const appeal = await this.lock(em, bodyId, id);
      const onPanel = await em.existsBy(AppealPanelMember, { certificationBodyId: bodyId, appealId: id, userId: actor.id, active: true });
      if (!onPanel) {
        if (!seesAllAppeals(actor)) throw new AppealNotFoundError(id);
        throw new NotOnPanelError();
      }
      const from = this.transition(appeal, dto.outcome === 'uphold' ? 'uphold' : 'grantReassessment');
      appeal.resolvedAt = new Date();
      appeal.resolutionNotes = dto.notes;
      appeal.resolvedByUserId = actor.id;
      await em.save(appeal);
      if (dto.outcome === 'reassess') {
        const decision = (await this.decisions.find(em, bodyId, appeal.decisionId, true))!;
        await this.decisions.grantReassessment(em, decision, appeal.id);
      }
      await this.event(em, actor, appeal, dto.outcome === 'uphold' ? 'uphold' : 'grantReassessment', from, dto.notes);
      await this.audit.record(em, { bodyId, actor, action: `appeal.${appeal.status}`, entityType: 'appeal', entityId: id, payload: dto });
      return this.detail(em, appeal);
    });
  }

  async get(actor: AuthUser, id: string): Promise<AppealDetail> {
    const em = this.db.manager;
    const appeal = await em.findOneBy(Appeal, { certificationBodyId: bodyOf(actor), id });
    if (!appeal || !(await this.canRead(em, actor, appeal))) throw new AppealNotFoundError(id);
    return this.detail(em, appeal);
  }

  /** Staff: the body's appeals (optionally only overdue ones), by resolution date; others: their own and those they sit on. */
  async list(actor: AuthUser, q: { overdue?: 'true' | 'false'; limit?: number }): Promise<Array<{ appeal: Appeal; panelUserIds: string[] }>> {
    const bodyId = bodyOf(actor);
    const qb = this.db.getRepository(Appeal).createQueryBuilder('ap').where('ap.certification_body_id = :bodyId', { bodyId });
    if (!seesAllAppeals(actor)) {
      qb.andWhere(`(ap.appellant_user_id = :me OR EXISTS (SELECT 1 FROM appeal_panel_members pm WHERE pm.certification_body_id = ap.certification_body_id
        AND pm.appeal_id = ap.id AND pm.user_id = :me AND pm.active))`, { me: actor.id });
    }
    if (q.overdue === 'true') qb.andWhere(`ap.status IN ('filed', 'panel_appointed') AND ap.resolution_due_at < now()`);
    const appeals = await qb.orderBy('ap.resolution_due_at', 'ASC').addOrderBy('ap.id', 'ASC').limit(q.limit ?? 50).getMany();
    const panel = appeals.length
      ? await this.db.getRepository(AppealPanelMember).findBy({ certificationBodyId: bodyId, appealId: In(appeals.map((a) => a.id)), active: true })
      : [];
    return appeals.map((appeal) => ({ appeal, panelUserIds: panel.filter((p) => p.appealId === appeal.id).map((p) => p.userId) }));
  }

  /** For the dossier: every appeal of the decisions, each with its whole panel (inactive members too) and events. Three queries. */
  async detailsForDecisions(em: EntityManager, bodyId: string, decisionIds: string[]): Promise<AppealDetail[]> {
    if (!decisionIds.length) return [];
    const appeals = await em.find(Appeal, { where: { certificationBodyId: bodyId, decisionId: In(decisionIds) }, order: { filedAt: 'ASC', id: 'ASC' } });
    if (!appeals.length) return [];
    const where = { certificationBodyId: bodyId, appealId: In(appeals.map((a) => a.id)) };
    const [panel, events] = await Promise.all([
      em.find(AppealPanelMember, { where }),
      em.find(AppealEvent, { where, order: { createdAt: 'ASC', id: 'ASC' } }),
    ]);
    return appeals.map((appeal) => ({ appeal, panel: panel.filter((p) => p.appealId === appeal.id), events: events.filter((e) => e.appealId === appeal.id) }));
  }

  private async canRead(em: EntityManager, actor: AuthUser, a: Appeal): Promise<boolean> {
    if (seesAllAppeals(actor) || a.appellantUserId === actor.id) return true;
    return em.existsBy(AppealPanelMember, { certificationBodyId: a.certificationBodyId, appealId: a.id, userId: actor.id, active: true });
  }

  private async lock(em: EntityManager, bodyId: string, id: string): Promise<Appeal> {
    const appeal = await em.findOne(Appeal, { where: { certificationBodyId: bodyId, id }, lock: { mode: 'pessimistic_write' } });
    if (!appeal) throw new AppealNotFoundError(id);
    return appeal;
  }

  private transition(appeal: Appeal, action: AppealAction): string {
    const from = appeal.status;
    const to = nextAppealStatus(action, from);
    if (!to) throw new IllegalAppealTransitionError(action, from);
    appeal.status = to;
    return from;
  }

  private async event(em: EntityManager, actor: AuthUser, a: Appeal, action: string, from: string | null, notes: string): Promise<void> {
    await em.insert(AppealEvent, { certificationBodyId: a.certificationBodyId, appealId: a.id, action, fromStatus: from, toStatus: a.status, actorUserId: actor.id, notes });
  }

  private async detail(em: EntityManager, appeal: Appeal): Promise<AppealDetail> {
    const where = { certificationBodyId: appeal.certificationBodyId, appealId: appeal.id };
    const [panel, events] = await Promise.all([
      em.find(AppealPanelMember, { where: { ...where, active: true } }),
      em.find(AppealEvent, { where, order: { createdAt: 'ASC', id: 'ASC' } }),
    ]);
    return { appeal, panel, events };
  }
}
