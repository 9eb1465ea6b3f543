import type {
  AssessmentRecordModel, BodyHeading, CertificateModel, CompetenceVerdict, DecisionLetterModel, SchemeHeading, UnitHeading,
} from '../documents/index.js';

/**
 * Pure builders: records (as plain data) → PDF view models. No queries here and
 * none in the renderers; the services load the records and call these.
 */
export interface BodyFacts { name: string; code: string; licenseNumber: string; address: string; verificationBaseUrl: string }
export interface UnitFacts extends UnitHeading { id: string }

const METHOD_LABELS: Record<string, string> = {
  observation: 'Observasi demonstrasi', portfolio: 'Portofolio', third_party: 'Pernyataan pihak ketiga',
  oral_questions: 'Pertanyaan lisan', written_questions: 'Pertanyaan tertulis', work_project: 'Proyek kerja', other: 'Lainnya',
};

export const isoDate = (at: Date | string): string => (typeof at === 'string' ? at.slice(0, 10) : at.toISOString().slice(0, 10));

export function bodyHeading(b: BodyFacts): BodyHeading {
  return { name: b.name, logoText: b.code.slice(0, 12), licenceNumber: b.licenseNumber, address: b.address };
}

/** The verification page URL printed (and QR-encoded) on a certificate. */
export function verificationUrl(baseUrl: string, code: string): string {
  const base = baseUrl || 'https://verify.kompeten.id';
  return `${base.replace(/\/+$/, '')}/${code}`;
}

export interface CertificateFacts {
  body: BodyFacts;
  certificateNumber: string;
  registrationNumber: string;
  holderName: string;
  scheme: SchemeHeading & { sector: string; kkniLevel: number | null };
  units: readonly UnitHeading[];
  issuedOn: string;
  expiresOn: string;
  validityMonths: number;
  signatoryName: string;
  verificationCode: string;
}

export function buildCertificateModel(f: CertificateFacts): CertificateModel {
  const level = f.scheme.kkniLevel ? `Kualifikasi Nasional Level ${f.scheme.kkniLevel}` : 'Kompetensi';
  const levelEn = f.scheme.kkniLevel ? `National Qualification Level ${f.scheme.kkniLevel}` : 'Competency';
  return {
    body: bodyHeading(f.body),
    holderName: f.holderName,
    certificateNumber: f.certificateNumber,
    registrationNumber: f.registrationNumber,
    scheme: { code: f.scheme.code, titleId: f.scheme.titleId, titleEn: f.scheme.titleEn },
    fieldId: f.scheme.sector || f.scheme.titleId,
    fieldEn: f.scheme.sector || f.scheme.titleEn || f.scheme.titleId,
    qualificationId: `${level} / ${f.scheme.titleId}`,
    qualificationEn: `${levelEn} / ${f.scheme.titleEn || f.scheme.titleId}`,
    place: placeOf(f.body.address),
    issuedOn: f.issuedOn,
    expiresOn: f.expiresOn,
    validityYears: Math.max(1, Math.round(f.validityMonths / 12)),
    signatory: { name: f.signatoryName, titleId: 'Pengambil Keputusan Sertifikasi', titleEn: 'Certification Decision Maker' },
    verificationUrl: verificationUrl(f.body.verificationBaseUrl, f.verificationCode),
    units: f.units.map((u) => ({ code: u.code, titleId: u.titleId, titleEn: u.titleEn })),
  };
}

export interface DecisionFacts {
  body: BodyFacts;
  decisionId: string;
  decidedAt: Date;
  outcome: CompetenceVerdict;
  notes: string;
  candidateName: string;
  candidateRegistrationNumber: string;
  scheme: SchemeHeading;
  units: readonly (UnitHeading & { verdict: CompetenceVerdict })[];
  decisionMakerName: string;
}

export function buildDecisionLetterModel(f: DecisionFacts): DecisionLetterModel {
  const on = isoDate(f.decidedAt);
  return {
    body: bodyHeading(f.body),
    letterNumber: `SK/${f.body.code}/${on.slice(0, 4)}/${f.decisionId.slice(0, 8).toUpperCase()}`,
    letterDate: on,
    place: placeOf(f.body.address),
    candidateName: f.candidateName,
    candidateRegistrationNumber: f.candidateRegistrationNumber,
    scheme: f.scheme,
    decision: f.outcome,
    decidedOn: on,
    units: f.units.map((u) => ({ code: u.code, titleId: u.titleId, titleEn: u.titleEn, verdict: u.verdict })),
    decisionMaker: { roleId: 'Pengambil Keputusan Sertifikasi', roleEn: 'Certification Decision Maker', name: f.decisionMakerName, registrationNumber: '', signedOn: on },
    notes: f.notes,
  };
}

export interface AssessmentRecordFacts {
  body: BodyFacts;
  scheme: SchemeHeading;
  candidateName: string;
  assessors: readonly { name: string; registrationNumber: string; role: 'lead' | 'member' }[];
  tukName: string;
  scheduledAt: Date;
  signedAt: Date;
  units: readonly (UnitHeading & { evidenceMethods: readonly string[]; verdict: CompetenceVerdict })[];
  overall: CompetenceVerdict;
  followUp: string;
}

export function buildAssessmentRecordModel(f: AssessmentRecordFacts): AssessmentRecordModel {
  const signedOn = isoDate(f.signedAt);
  const lead = [...f.assessors].sort((a, b) => (a.role === b.role ? 0 : a.role === 'lead' ? -1 : 1));
  return {
    body: bodyHeading(f.body),
    scheme: f.scheme,
    candidateName: f.candidateName,
    assessors: lead.map((a) => ({ name: a.name, registrationNumber: a.registrationNumber })),
    tukName: f.tukName,
    startedOn: isoDate(f.scheduledAt),
    finishedOn: signedOn,
    units: f.units.map((u) => ({
      code: u.code, titleId: u.titleId, titleEn: u.titleEn, verdict: u.verdict,
      evidenceMethods: u.evidenceMethods.map((m) => METHOD_LABELS[m] ?? m),
    })),
    recommendation: f.overall,
    followUp: f.followUp,
    signatures: [
      ...lead.map((a) => ({ roleId: 'Asesor Kompetensi', roleEn: 'Competency Assessor', name: a.name, registrationNumber: a.registrationNumber, signedOn })),
      { roleId: 'Asesi', roleEn: 'Candidate', name: f.candidateName, registrationNumber: '', signedOn },
    ],
  };
}

/** The city for "place of issue": the last comma-separated part of the address without a postcode. */
function placeOf(address: string): string {
  const last = address.split(',').map((s) => s.trim()).filter(Boolean).pop() ?? '';
  return last.replace(/\s*\d{5}$/, '') || 'Jakarta';
}
