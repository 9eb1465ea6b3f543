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
  manageAssessorProfiles: 'assessor-profiles:manage',
  readAssessorProfiles: 'assessor-profiles:read',
  declareRelationships: 'relationships:declare',
  readRelationships: 'relationships:read',
  // audit
  readAuditTrail: 'audit:read',
  // portfolio evidence (object-level checks in EvidenceService)
  manageOwnPortfolio: 'portfolio:manage-own',
  readPortfolioItems: 'portfolio:read',
  sweepEvidence: 'evidence:sweep',
} as const;

export type Permission = (typeof P)[keyof typeof P];

const STAFF_READ: Permission[] = [P.readCertificationBody, P.readMembers, P.readAssessorProfiles, P.readRelationships];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  platform_admin: [P.manageCertificationBodies, P.sweepEvidence],
  admin: [
    ...STAFF_READ,
    P.updateCertificationBody,
    P.manageMembers,
    P.manageAssessorProfiles,
    P.declareRelationships,
    P.readAuditTrail,
    P.readPortfolioItems,
  ],
  assessor: [P.readCertificationBody, P.declareRelationships, P.readPortfolioItems],
  candidate: [P.readCertificationBody, P.manageOwnPortfolio, P.readPortfolioItems],
  decision_maker: [P.readCertificationBody, P.readMembers, P.readAssessorProfiles],
  auditor: [...STAFF_READ, P.readAuditTrail, P.readPortfolioItems],
};

export function permissionsFor(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((r) => ROLE_PERMISSIONS[r] ?? []));
}
