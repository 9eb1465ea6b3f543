/** Complaints register (ISO/IEC 17024 §9.9), separate from appeals. Pure state table. */
export const COMPLAINT_STATUSES = ['received', 'triaged', 'investigating', 'resolved', 'closed'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const COMPLAINT_ACTIONS = {
  triage: { from: ['received'], to: 'triaged' },
  investigate: { from: ['triaged'], to: 'investigating' },
  /** Needs the outcome; corrective action where one was taken. */
  resolve: { from: ['investigating'], to: 'resolved' },
  /** After resolution, or early when the complaint is out of scope / a duplicate. */
  close: { from: ['received', 'triaged', 'resolved'], to: 'closed' },
} as const satisfies Record<string, { from: readonly ComplaintStatus[]; to: ComplaintStatus }>;
export type ComplaintAction = keyof typeof COMPLAINT_ACTIONS;
export const COMPLAINT_ACTION_NAMES = Object.keys(COMPLAINT_ACTIONS) as ComplaintAction[];

export function nextComplaintStatus(action: ComplaintAction, current: ComplaintStatus): ComplaintStatus | null {
  const rule: { from: readonly ComplaintStatus[]; to: ComplaintStatus } = COMPLAINT_ACTIONS[action];
  return rule.from.includes(current) ? rule.to : null;
}

export const COMPLAINT_SUBJECTS = ['body', 'assessor', 'certificate_holder'] as const;
export type ComplaintSubject = (typeof COMPLAINT_SUBJECTS)[number];
