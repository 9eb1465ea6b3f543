import type { AssessmentMethod } from '../assessment-plans/assessment-plan.js';

/** FR.AK.01 statements, as printed on the form. */
export const CONSENT_STATEMENTS = {
  appealRights: 'Asesi telah mendapatkan penjelasan tentang proses banding dan hak banding.',
  confidentiality: 'Asesor tidak akan mengungkapkan hasil pekerjaan asesi kecuali kepada pihak yang perlu mengetahuinya untuk keperluan asesmen.',
  candidateConsent: 'Asesi setuju mengikuti asesmen; informasi yang dikumpulkan hanya digunakan untuk pengembangan profesional dan hanya oleh pihak yang berhak.',
} as const;

export const CONSENT_PARTIES = ['candidate', 'assessor'] as const;
export type ConsentParty = (typeof CONSENT_PARTIES)[number];

/** What each party agrees to: the current plan's methods, the schedule and the TUK. */
export interface ConsentTerms {
  planId: string;
  planVersion: number;
  methods: AssessmentMethod[];
  scheduledAt: string;
  tukName: string;
  tukType: string;
  statements: typeof CONSENT_STATEMENTS;
}
