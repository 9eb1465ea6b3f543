/**
 * States and actions of an assessment (issue 6), the whole table as data even
 * where a later issue implements the action. Pure: no Nest or TypeORM.
 */
export const ASSESSMENT_STATUSES = ['scheduled', 'ready', 'in_progress', 'recommended', 'decided', 'cancelled'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

interface Rule { from: readonly AssessmentStatus[]; to: AssessmentStatus }

export const INITIAL_ASSESSMENT_STATUS: AssessmentStatus = 'scheduled';

export const ASSESSMENT_ACTIONS = {
  /** Ethics checklist affirmed and impartiality declared by every assigned assessor. */
  markReady: { from: ['scheduled'], to: 'ready' },
  /** A relationship declared later, or a reassignment: back to scheduled until the new team is ready. */
  unready: { from: ['ready'], to: 'scheduled' },
  /** Consent FR.AK.01 confirmed by candidate and assessor. */
  start: { from: ['ready'], to: 'in_progress' },
  /** FR.AK.02 signed by the lead assessor. */
  recommend: { from: ['in_progress'], to: 'recommended' },
  /** The certification decision (made by people who did not assess). */
  decide: { from: ['recommended'], to: 'decided' },
  cancel: { from: ['scheduled', 'ready', 'in_progress'], to: 'cancelled' },
} as const satisfies Record<string, Rule>;
export type AssessmentAction = keyof typeof ASSESSMENT_ACTIONS;
export const ASSESSMENT_ACTION_NAMES = Object.keys(ASSESSMENT_ACTIONS) as AssessmentAction[];

export function nextAssessmentStatus(action: AssessmentAction, current: AssessmentStatus): AssessmentStatus | null {
  const rule: Rule = ASSESSMENT_ACTIONS[action];
  return rule.from.includes(current) ? rule.to : null;
}

/** The team may change until the assessment starts. */
export const canReassign = (s: AssessmentStatus) => s === 'scheduled' || s === 'ready';

export const TUK_TYPES = ['sewaktu', 'tempat_kerja', 'mandiri'] as const;
/** Tempat Uji Kompetensi: sewaktu (ad hoc), tempat kerja (workplace), mandiri (independent). */
export type TukType = (typeof TUK_TYPES)[number];
export const ASSESSOR_ROLES = ['lead', 'member'] as const;
export type AssessorRole = (typeof ASSESSOR_ROLES)[number];
