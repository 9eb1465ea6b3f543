/** States and actions of an application (FR.APL.01): pure data, no Nest or TypeORM. */
export const APPLICATION_STATUSES = ['draft', 'submitted', 'accepted', 'rejected', 'returned', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export type ApplicationActor = 'candidate' | 'admin';
interface Rule { from: readonly ApplicationStatus[]; to: ApplicationStatus; by: ApplicationActor }

/** The one transition table; `create` puts a new application in `draft`. */
export const APPLICATION_ACTIONS = {
  submit: { from: ['draft', 'returned'], to: 'submitted', by: 'candidate' },
  accept: { from: ['submitted'], to: 'accepted', by: 'admin' },
  reject: { from: ['submitted'], to: 'rejected', by: 'admin' },
  return: { from: ['submitted'], to: 'returned', by: 'admin' },
  // before a decision: accepted and rejected are decisions, returned is not
  withdraw: { from: ['draft', 'submitted', 'returned'], to: 'withdrawn', by: 'candidate' },
} as const satisfies Record<string, Rule>;
export type ApplicationAction = keyof typeof APPLICATION_ACTIONS;
export const APPLICATION_ACTION_NAMES = Object.keys(APPLICATION_ACTIONS) as ApplicationAction[];
export const INITIAL_APPLICATION_STATUS: ApplicationStatus = 'draft';

/** Where `action` leads from `current`, or null when the table does not allow it. */
export function nextApplicationStatus(action: ApplicationAction, current: ApplicationStatus): ApplicationStatus | null {
  const rule: Rule = APPLICATION_ACTIONS[action];
  return rule.from.includes(current) ? rule.to : null;
}

/** The candidate may change the content only while it is theirs to edit. */
export const isApplicationEditable = (s: ApplicationStatus) => s === 'draft' || s === 'returned';

export const APPLICATION_PURPOSES = ['certification', 'recertification', 'pkt', 'rpl', 'other'] as const;
/** Tujuan asesmen: Sertifikasi, Sertifikasi Ulang, PKT, RPL, Lainnya. */
export type ApplicationPurpose = (typeof APPLICATION_PURPOSES)[number];

export interface RequirementEvidence { requirementIndex: number; portfolioItemIds: string[] }

/** Indexes of the requirements marked documentRequired that name no portfolio item. */
export function missingRequiredEvidence(
  requirements: ReadonlyArray<{ documentRequired: boolean }>, evidence: readonly RequirementEvidence[],
): number[] {
  const covered = new Set(evidence.filter((e) => e.portfolioItemIds.length > 0).map((e) => e.requirementIndex));
  return requirements.flatMap((r, i) => (r.documentRequired && !covered.has(i) ? [i] : []));
}
