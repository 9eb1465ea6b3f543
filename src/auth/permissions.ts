import type { Role } from './roles.js';

/**
 * Every permission, and which roles hold it: the single table that route
 * guards read. Object-level checks (own records, assigned assessments) live in
 * the services. Add a permission here, then name it in `@RequirePermission`.
 */
export const P = {
  // platform
  manageCertificationBodies: 'certification-bodies:manage',
  // body settings and members
  readCertificationBody: 'certification-body:read',
  updateCertificationBody: 'certification-body:update',
  readMembers: 'members:read',
  manageMembers: 'members:manage',
  inviteMembers: 'invitations:manage',
  readInvitations: 'invitations:read',
  manageAssessorProfiles: 'assessor-profiles:manage',
  readAssessorProfiles: 'assessor-profiles:read',
  readOwnAssessorProfile: 'assessor-profile:read-own',
  declareRelationships: 'relationships:declare',
  readRelationships: 'relationships:read',
  // audit
  readAuditTrail: 'audit:read',
  createAuditAnchor: 'audit-anchors:create',
  // operations
  readJobs: 'jobs:read',
  // certification schemes
  readSchemes: 'schemes:read',
  readSchemeDrafts: 'scheme-drafts:read',
  readQuestionBank: 'question-bank:read',
  manageSchemes: 'schemes:manage',
  // portfolio evidence (object-level checks in EvidenceService)
  manageOwnPortfolio: 'portfolio:manage-own',
  readPortfolioItems: 'portfolio:read',
  sweepEvidence: 'evidence:sweep',
  // applications FR.APL.01 and self-assessments FR.APL.02 (own records / assigned assessors checked in the services)
  applyForCertification: 'applications:apply-own',
  readApplications: 'applications:read',
  reviewApplications: 'applications:review',
  selfAssess: 'self-assessments:manage-own',
  readSelfAssessments: 'self-assessments:read',
  reviewSelfAssessments: 'self-assessments:review',
  // assessments (assigned assessors and the candidate checked in AssessmentsService)
  manageAssessments: 'assessments:manage',
  readAssessments: 'assessments:read',
  // assessment workflow (issue 6): assigned assessor / own candidate checked in the services
  readCodeOfEthics: 'code-of-ethics:read',
  manageCodeOfEthics: 'code-of-ethics:manage',
  conductAssessments: 'assessments:conduct',
  readAssessmentEvidence: 'assessment-evidence:read',
  confirmAssessmentConsent: 'assessment-consents:confirm',
  giveAssessmentFeedback: 'assessment-feedback:give-own',
  // certification decisions, certificates and issued documents (holder / own checked in the services)
  decideCertification: 'decisions:decide',
  readDecisions: 'decisions:read',
  readCertificates: 'certificates:read',
  manageCertificates: 'certificates:manage',
  readIssuedDocuments: 'documents:read',
  // appeals FR.AK.04 (own appeals, panel membership checked in AppealsService) and complaints
  fileAppeal: 'appeals:file-own',
  readAppeals: 'appeals:read',
  manageAppeals: 'appeals:manage',
  resolveAppeals: 'appeals:resolve',
  readComplaints: 'complaints:read',
  manageComplaints: 'complaints:manage',
  // auditor access (issue 8)
  readDossiers: 'dossiers:read',
  // quality sampling and FR.AK.06 reviews, reports (issue 8)
  readQualityReviews: 'quality-reviews:read',
  manageQualityReviews: 'quality-reviews:manage',
  readReports: 'reports:read',
} as const;

export type Permission = (typeof P)[keyof typeof P];

const STAFF_READ: Permission[] = [P.readCertificationBody, P.readMembers, P.readAssessorProfiles, P.readRelationships];
/** Drafts and the confidential question bank stay with staff; candidates see published versions only. */
const SCHEME_STAFF: Permission[] = [P.readSchemes, P.readSchemeDrafts, P.readQuestionBank];

/** Decisions, certificates, issued documents and appeals of the whole body. */
const CERTIFICATION_STAFF_READ: Permission[] = [P.readDecisions, P.readCertificates, P.readIssuedDocuments, P.readAppeals];

/** The quality manager's work (admins) and the auditor's: dossiers, samples and FR.AK.06 reviews, reports. */
const QUALITY: Permission[] = [P.readDossiers, P.readQualityReviews, P.manageQualityReviews, P.readReports];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  platform_admin: [P.manageCertificationBodies, P.readJobs, P.sweepEvidence],
  admin: [
    ...STAFF_READ,
    P.updateCertificationBody,
    P.manageMembers,
    P.inviteMembers,
    P.readInvitations,
    P.manageAssessorProfiles,
    P.declareRelationships,
    P.readAuditTrail,
    P.readJobs,
    ...SCHEME_STAFF,
    P.manageSchemes,
    P.readPortfolioItems,
    P.createAuditAnchor,
    P.readApplications,
    P.reviewApplications,
    P.readSelfAssessments,
    P.manageAssessments,
    P.readAssessments,
    P.readCodeOfEthics,
    P.manageCodeOfEthics,
    P.readAssessmentEvidence,
    ...CERTIFICATION_STAFF_READ,
    P.manageCertificates,
    P.manageAppeals,
    P.resolveAppeals,
    P.readComplaints,
    P.manageComplaints,
    ...QUALITY,
  ],
  // Assessors read and declare only their own relationships (checked in RelationshipsService).
  assessor: [P.readCertificationBody, P.readOwnAssessorProfile, P.declareRelationships, P.readRelationships, P.readSchemes, P.readQuestionBank, P.readPortfolioItems,
    P.readSelfAssessments, P.reviewSelfAssessments, P.readAssessments,
    P.readCodeOfEthics, P.conductAssessments, P.readAssessmentEvidence, P.confirmAssessmentConsent, P.readAppeals, P.resolveAppeals],
  candidate: [
    P.readCertificationBody, P.readSchemes, P.manageOwnPortfolio, P.readPortfolioItems,
    P.applyForCertification, P.readApplications, P.selfAssess, P.readSelfAssessments, P.readAssessments,
    P.confirmAssessmentConsent, P.giveAssessmentFeedback,
    P.readDecisions, P.readCertificates, P.readIssuedDocuments, P.fileAppeal, P.readAppeals,
  ],
  decision_maker: [
    P.readCertificationBody, P.readMembers, P.readAssessorProfiles, P.readSchemes, P.decideCertification, ...CERTIFICATION_STAFF_READ, P.resolveAppeals,
  ],
  // Auditors read everything of their body; their one write is the quality review (FR.AK.06), docs/quality.md.
  auditor: [
    ...STAFF_READ, P.readInvitations, P.readAuditTrail, P.readJobs, ...SCHEME_STAFF, P.readPortfolioItems, P.readApplications, P.readSelfAssessments,
    P.readAssessments, P.readCodeOfEthics, P.readAssessmentEvidence, ...CERTIFICATION_STAFF_READ, P.readComplaints,
    ...QUALITY,
  ],
};

export function permissionsFor(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((r) => ROLE_PERMISSIONS[r] ?? []));
}
