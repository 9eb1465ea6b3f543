import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { Application } from '../applications/application.entity.js';
import { AssessmentAssessor } from '../assessments/assessment-assessor.entity.js';
import type { Assessment } from '../assessments/assessment.entity.js';
import { AssessorProfile } from '../assessor-profiles/assessor-profile.entity.js';
import { CertificationBody } from '../certification-bodies/certification-body.entity.js';
import { AssessmentRecommendation } from '../recommendations/assessment-recommendation.entity.js';
import { UnitRecommendation } from '../recommendations/unit-recommendation.entity.js';
import { Scheme } from '../schemes/entities/scheme.entity.js';
import { SchemeUnit } from '../schemes/entities/scheme-unit.entity.js';
import { SchemeVersion } from '../schemes/entities/scheme-version.entity.js';
import { User } from '../users/user.entity.js';

export interface TeamMember { row: AssessmentAssessor; name: string; registrationNumber: string }

/** Everything a decision (and its documents) is made from, loaded once per request. */
export interface DecisionContext {
  body: CertificationBody;
  application: Application;
  scheme: Scheme;
  version: SchemeVersion;
  units: SchemeUnit[];
  recommendation: AssessmentRecommendation | null;
  unitRecommendations: UnitRecommendation[];
  /** Every assignment row, active or not. */
  team: TeamMember[];
}

export async function loadDecisionContext(em: EntityManager, a: Assessment): Promise<DecisionContext> {
  const bodyId = a.certificationBodyId;
  const [body, application, scheme, version, units, recommendation, unitRecommendations, rows] = await Promise.all([
    em.findOneByOrFail(CertificationBody, { id: bodyId }),
    em.findOneByOrFail(Application, { certificationBodyId: bodyId, id: a.applicationId }),
    em.findOneByOrFail(Scheme, { certificationBodyId: bodyId, id: a.schemeId }),
    em.findOneByOrFail(SchemeVersion, { certificationBodyId: bodyId, id: a.schemeVersionId }),
    em.find(SchemeUnit, { where: { certificationBodyId: bodyId, schemeVersionId: a.schemeVersionId }, order: { position: 'ASC' } }),
    em.findOneBy(AssessmentRecommendation, { certificationBodyId: bodyId, assessmentId: a.id }),
    em.findBy(UnitRecommendation, { certificationBodyId: bodyId, assessmentId: a.id }),
    em.find(AssessmentAssessor, { where: { certificationBodyId: bodyId, assessmentId: a.id }, order: { assignedAt: 'ASC', id: 'ASC' } }),
  ]);
  const ids = [...new Set(rows.map((r) => r.assessorUserId))];
  const [users, profiles] = ids.length
    ? await Promise.all([em.findBy(User, { id: In(ids) }), em.findBy(AssessorProfile, { certificationBodyId: bodyId, userId: In(ids) })])
    : [[], []];
  const team = rows.map((row) => ({
    row,
    name: users.find((u) => u.id === row.assessorUserId)?.fullName ?? '',
    registrationNumber: profiles.find((p) => p.userId === row.assessorUserId)?.registrationNumber ?? '',
  }));
  return { body, application, scheme, version, units, recommendation, unitRecommendations, team };
}
