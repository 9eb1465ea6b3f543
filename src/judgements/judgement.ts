/** Evidence judgements recorded during an assessment (FR.IA.01, .03/.07/.09, .08). Pure. */
export const JUDGEMENT_KINDS = ['observation', 'questioning', 'portfolio_verification'] as const;
export type JudgementKind = (typeof JUDGEMENT_KINDS)[number];

/** FR.IA.03 supporting questions, FR.IA.07 oral questions, FR.IA.09 interview. */
export const QUESTIONING_FORMS = ['IA.03', 'IA.07', 'IA.09'] as const;
export type QuestioningForm = (typeof QUESTIONING_FORMS)[number];

export interface ObservationDetails { achieved: boolean; benchmark: string }
export interface QuestioningDetails { form: QuestioningForm; questionText: string; answerSummary: string; satisfactory: boolean }
/** The four rules of evidence (VATM): valid, asli, terkini, memadai. */
export interface PortfolioVerificationDetails {
  valid: boolean; authentic: boolean; current: boolean; sufficient: boolean; followUpTopics: string;
}
export type JudgementDetails = ObservationDetails | QuestioningDetails | PortfolioVerificationDetails;

/** Whether one record, on its own, satisfies the KUK it names. */
export function satisfies(kind: JudgementKind, d: JudgementDetails): boolean {
  switch (kind) {
    case 'observation': return (d as ObservationDetails).achieved;
    case 'questioning': return (d as QuestioningDetails).satisfactory;
    case 'portfolio_verification': {
      const p = d as PortfolioVerificationDetails;
      return p.valid && p.authentic && p.current && p.sufficient;
    }
  }
}

/** Kinds where one current record per target (KUK / portfolio item) is allowed; a correction must supersede. */
export const ONE_CURRENT_PER_TARGET: ReadonlySet<JudgementKind> = new Set(['observation', 'portfolio_verification']);
