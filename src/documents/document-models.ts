/**
 * View models for the PDF documents (issue 7). Plain, serialisable data: every value is already the string
 * that is printed, except dates, which are ISO calendar dates (`YYYY-MM-DD`) formatted by the renderer in
 * Indonesian and English. Renderers never query anything; builders from records come with the records.
 * Models must survive structured clone and canonical JSON (no Date, no class instances, no undefined).
 */

/** ISO calendar date, e.g. `2026-11-22`. */
export type IsoDate = string;

/** K = Kompeten (competent), BK = Belum Kompeten (not yet competent). */
export type CompetenceVerdict = 'K' | 'BK';

/** The certification body (LSP) as printed in a header. */
export interface BodyHeading {
  /** e.g. "LSP Teknologi Digital Nusantara". */
  readonly name: string;
  /** Short mark printed in the logo box until artwork exists, e.g. "LSP-TDN". */
  readonly logoText: string;
  /** BNSP licence, e.g. "BNSP-LSP-1565-ID". */
  readonly licenceNumber: string;
  /** One-line address / city for letterheads. */
  readonly address: string;
}

export interface SchemeHeading {
  readonly code: string;
  readonly titleId: string;
  readonly titleEn: string;
}

export interface UnitHeading {
  /** SKKNI unit code, e.g. "J.620100.004.02". */
  readonly code: string;
  readonly titleId: string;
  readonly titleEn: string;
}

export interface SignatureBlock {
  /** Role caption in Indonesian / English, e.g. "Asesor Kompetensi" / "Competency Assessor". */
  readonly roleId: string;
  readonly roleEn: string;
  readonly name: string;
  /** Registration number (No. Reg MET for assessors); empty string when the role has none. */
  readonly registrationNumber: string;
  readonly signedOn: IsoDate;
}

/** FR.AK.02 "Rekaman Asesmen Kompetensi" (DOMAIN.md §5.3, §5.4). */
export interface AssessmentRecordModel {
  readonly body: BodyHeading;
  readonly scheme: SchemeHeading;
  readonly candidateName: string;
  readonly assessors: readonly { readonly name: string; readonly registrationNumber: string }[];
  /** Tempat Uji Kompetensi (assessment site). */
  readonly tukName: string;
  readonly startedOn: IsoDate;
  readonly finishedOn: IsoDate;
  readonly units: readonly (UnitHeading & {
    /** Evidence methods used, already worded: "Observasi", "Portofolio", "Tanya jawab"... */
    readonly evidenceMethods: readonly string[];
    readonly verdict: CompetenceVerdict;
  })[];
  readonly recommendation: CompetenceVerdict;
  /** Follow-up for BK ("Tindak lanjut"); empty string when none. */
  readonly followUp: string;
  /** Assessor(s) and candidate, in printing order. */
  readonly signatures: readonly SignatureBlock[];
}

/** Surat Keputusan on a certification decision (DOMAIN.md §9.1). */
export interface DecisionLetterModel {
  readonly body: BodyHeading;
  readonly letterNumber: string;
  readonly letterDate: IsoDate;
  /** Place of issue, e.g. "Jakarta". */
  readonly place: string;
  readonly candidateName: string;
  readonly candidateRegistrationNumber: string;
  readonly scheme: SchemeHeading;
  readonly decision: CompetenceVerdict;
  /** Date of the decision meeting (rapat pleno / panel keputusan). */
  readonly decidedOn: IsoDate;
  readonly units: readonly (UnitHeading & { readonly verdict: CompetenceVerdict })[];
  readonly decisionMaker: SignatureBlock;
  /** Free text notes of the decision maker; empty string when none. */
  readonly notes: string;
}

/** BNSP-format competency certificate (DOMAIN.md §9.2). */
export interface CertificateModel {
  readonly body: BodyHeading;
  readonly holderName: string;
  /** Issued by BNSP/LSP as strings (never re-derived). */
  readonly certificateNumber: string;
  readonly registrationNumber: string;
  readonly scheme: SchemeHeading;
  /** "Telah kompeten pada bidang / Has been competent in the area of". */
  readonly fieldId: string;
  readonly fieldEn: string;
  /** Qualification / occupation line, e.g. "Kualifikasi Nasional Level 6 / Programmer". */
  readonly qualificationId: string;
  readonly qualificationEn: string;
  readonly place: string;
  readonly issuedOn: IsoDate;
  readonly expiresOn: IsoDate;
  /** Validity as printed, e.g. { years: 3 } → "3 (tiga) tahun / 3 (three) years". */
  readonly validityYears: number;
  readonly signatory: { readonly name: string; readonly titleId: string; readonly titleEn: string };
  /** Public verification page, encoded in the QR code. */
  readonly verificationUrl: string;
  readonly units: readonly UnitHeading[];
}

/** A render request as sent to workers: the kind selects the renderer. */
/** FR.AK.06 "Meninjau Proses Asesmen": a quality review of one decided assessment (DOMAIN.md §5.3). */
export interface QualityReviewModel {
  readonly body: BodyHeading;
  readonly scheme: SchemeHeading;
  readonly candidateName: string;
  readonly assessors: readonly { readonly name: string; readonly registrationNumber: string }[];
  readonly tukName: string;
  readonly assessedOn: IsoDate;
  readonly decision: CompetenceVerdict;
  readonly decidedOn: IsoDate;
  /** Column headings of table 1, [Indonesian, English]. */
  readonly principles: readonly (readonly [string, string])[];
  /** Table 1 rows: a stage and, per principle in column order, whether it was met. */
  readonly stages: readonly { readonly label: readonly [string, string]; readonly cells: readonly { readonly met: boolean; readonly note: string }[] }[];
  readonly improvementRecommendations: string;
  /** Table 2 rows. */
  readonly dimensions: readonly { readonly label: readonly [string, string]; readonly consistent: boolean; readonly note: string }[];
  readonly consistencyRecommendations: string;
  readonly findings: string;
  readonly comments: string;
  /** Set when this review corrects an earlier one. */
  readonly correction: { readonly reason: string; readonly correctsReviewOn: IsoDate } | null;
  readonly reviewer: SignatureBlock;
}

export type DocumentJob =
  | { readonly kind: 'assessment-record'; readonly model: AssessmentRecordModel }
  | { readonly kind: 'decision-letter'; readonly model: DecisionLetterModel }
  | { readonly kind: 'certificate'; readonly model: CertificateModel };

export type DocumentKind = DocumentJob['kind'];
