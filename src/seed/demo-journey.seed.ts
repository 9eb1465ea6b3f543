import type { EntityManager } from 'typeorm';
import { ApplicationEvent } from '../applications/application-event.entity.js';
import { ApplicationReview } from '../applications/application-review.entity.js';
import { Application } from '../applications/application.entity.js';
import { RequirementCheck } from '../applications/requirement-check.entity.js';
import { AssessmentAssessor } from '../assessments/assessment-assessor.entity.js';
import { AssessmentEvent } from '../assessments/assessment-event.entity.js';
import { Assessment } from '../assessments/assessment.entity.js';
import type { AuditService } from '../audit/audit.service.js';
import type { SchemeVersion } from '../schemes/entities/scheme-version.entity.js';
import { User } from '../users/user.entity.js';

/**
 * The demo candidate's accepted application (no portfolio files: the seed writes
 * no bytes) and a scheduled assessment two weeks ahead, led by the demo assessor.
 */
export async function seedDemoJourney(
  em: EntityManager, audit: AuditService,
  p: { bodyId: string; version: SchemeVersion; schemeCode: string; candidateEmail: string; assessorEmail: string; adminEmail: string },
): Promise<void> {
  const [candidate, assessor, admin] = await Promise.all(
    [p.candidateEmail, p.assessorEmail, p.adminEmail].map((email) => em.findOneByOrFail(User, { email })),
  );
  const base = { certificationBodyId: p.bodyId };
  const now = new Date();
  const application = await em.save(Application, em.create(Application, {
    ...base, candidateUserId: candidate.id, schemeId: p.version.schemeId, schemeVersionId: p.version.id, status: 'accepted',
    purpose: 'certification', purposeOther: null, renewsCertificateNumber: null, requirementEvidence: [], submissionCount: 1,
    submittedAt: now, decidedAt: now,
    applicant: {
      fullName: candidate.fullName, nationalId: candidate.nationalId, birthPlace: candidate.birthPlace, birthDate: candidate.birthDate,
      phone: candidate.phone, email: candidate.email, employer: candidate.employer, position: candidate.position,
      homeAddress: 'Jl. Cihampelas No. 12, Bandung 40131', education: 'S1 Teknik Informatika', officeAddress: null,
    },
  }));
  const events = [['create', null, 'draft', candidate.id], ['submit', 'draft', 'submitted', candidate.id], ['accept', 'submitted', 'accepted', admin.id]] as const;
  for (const [action, fromStatus, toStatus, actorUserId] of events) {
    await em.insert(ApplicationEvent, { ...base, applicationId: application.id, action, fromStatus, toStatus, actorUserId, reason: '' });
  }
  const review = await em.save(ApplicationReview, em.create(ApplicationReview, {
    ...base, applicationId: application.id, round: 1, recommendation: 'accept', notes: 'Persyaratan lengkap (data demo)', reviewerUserId: admin.id,
  }));
  await em.insert(RequirementCheck, p.version.requirements.map((r, i) => ({
    ...base, reviewId: review.id, requirementIndex: i, description: r.description, present: true, meets: true, note: '',
  })));

  const scheduledAt = new Date(now.getTime() + 14 * 24 * 3600 * 1000);
  scheduledAt.setUTCHours(2, 0, 0, 0); // 09:00 WIB
  const assessment = await em.save(Assessment, em.create(Assessment, {
    ...base, applicationId: application.id, schemeId: p.version.schemeId, schemeVersionId: p.version.id, schemeCode: p.schemeCode,
    candidateUserId: candidate.id, attempt: 1, tukName: 'TUK Sewaktu LSP Demo', tukType: 'sewaktu',
    tukAddress: 'Jl. Jenderal Gatot Subroto Kav. 44, Jakarta Selatan', scheduledAt, status: 'scheduled',
  }));
  await em.insert(AssessmentAssessor, {
    ...base, assessmentId: assessment.id, candidateUserId: candidate.id, assessorUserId: assessor.id, role: 'lead', assignedByUserId: admin.id,
  });
  await em.insert(AssessmentEvent, {
    ...base, assessmentId: assessment.id, action: 'create', fromStatus: null, toStatus: 'scheduled', actorUserId: admin.id, reason: '',
  });
  await audit.record(em, { bodyId: p.bodyId, actor: null, action: 'demo.journey_seeded', entityType: 'assessment', entityId: assessment.id });
}
