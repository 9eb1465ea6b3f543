/** FR.AK.04 appeal lifecycle. Pure: no Nest or TypeORM. */
export const APPEAL_STATUSES = ['filed', 'panel_appointed', 'upheld', 'reassessment_granted'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];

export const APPEAL_ACTIONS = {
  appointPanel: { from: ['filed', 'panel_appointed'], to: 'panel_appointed' },
  uphold: { from: ['panel_appointed'], to: 'upheld' },
  grantReassessment: { from: ['panel_appointed'], to: 'reassessment_granted' },
} as const satisfies Record<string, { from: readonly AppealStatus[]; to: AppealStatus }>;
export type AppealAction = keyof typeof APPEAL_ACTIONS;

export function nextAppealStatus(action: AppealAction, current: AppealStatus): AppealStatus | null {
  const rule: { from: readonly AppealStatus[]; to: AppealStatus } = APPEAL_ACTIONS[action];
  return rule.from.includes(current) ? rule.to : null;
}

export const isOpenAppeal = (s: AppealStatus) => s === 'filed' || s === 'panel_appointed';

/** Days after filing by which the panel should have resolved an appeal (LSP practice: 14; no national rule, DOMAIN §9.6). */
export const APPEAL_RESOLUTION_DAYS = 14;

/** Whether `at` is within `windowDays` days after the decision. */
export const withinAppealWindow = (decidedAt: Date, windowDays: number, at: Date) => at.getTime() <= decidedAt.getTime() + windowDays * 86_400_000;

export type PanelRefusalCode = 'CANDIDATE' | 'ASSESSOR_OF_ASSESSMENT' | 'DECISION_MAKER' | 'NOT_A_MEMBER';

/** Every reason against each proposed panel member: people with a part in the assessment or the decision (ISO/IEC 17024 §9.8). */
export function panelRefusals(f: {
  memberUserIds: readonly string[]; bodyMemberUserIds: readonly string[]; candidateUserId: string; assessorUserIds: readonly string[]; decidedByUserId: string;
}): Array<{ userId: string; code: PanelRefusalCode }> {
  return f.memberUserIds.flatMap((userId) => {
    const codes: PanelRefusalCode[] = [];
    if (!f.bodyMemberUserIds.includes(userId)) codes.push('NOT_A_MEMBER');
    if (userId === f.candidateUserId) codes.push('CANDIDATE');
    if (f.assessorUserIds.includes(userId)) codes.push('ASSESSOR_OF_ASSESSMENT');
    if (userId === f.decidedByUserId) codes.push('DECISION_MAKER');
    return codes.map((code) => ({ userId, code }));
  });
}
