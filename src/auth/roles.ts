export const BODY_ROLES = ['admin', 'assessor', 'candidate', 'decision_maker', 'auditor'] as const;
export type BodyRole = (typeof BODY_ROLES)[number];
export type Role = BodyRole | 'platform_admin';
