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
  createAuditAnchor: 'audit-anchors:create',
} as const;

export type Permission = (typeof P)[keyof typeof P];

const STAFF_READ: Permission[] = [P.readCertificationBody, P.readMembers, P.readAssessorProfiles, P.readRelationships];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  platform_admin: [P.manageCertificationBodies],
  admin: [
    ...STAFF_READ,
    P.updateCertificationBody,
    P.manageMembers,
    P.manageAssessorProfiles,
    P.declareRelationships,
    P.readAuditTrail,
    P.createAuditAnchor,
  ],
  assessor: [P.readCertificationBody, P.declareRelationships],
  candidate: [P.readCertificationBody],
  decision_maker: [P.readCertificationBody, P.readMembers, P.readAssessorProfiles],
  auditor: [...STAFF_READ, P.readAuditTrail],
};

export function permissionsFor(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((r) => ROLE_PERMISSIONS[r] ?? []));
}
