import type { AssessmentRecordModel, BodyHeading, CertificateModel, DecisionLetterModel, UnitHeading } from './document-models.js';

/** Realistic sample models for tests, the throughput probe and the sample pages in docs/. */
export const SAMPLE_BODY: BodyHeading = {
  name: 'LSP Teknologi Digital Nusantara',
  logoText: 'LSP TDN',
  licenceNumber: 'BNSP-LSP-1565-ID',
  address: 'Jl. Gatot Subroto Kav. 52, Jakarta Selatan 12950',
};

const UNIT_TITLES: readonly [string, string][] = [
  ['Menggunakan Struktur Data', 'Using Data Structures'],
  ['Mengimplementasikan User Interface', 'Implementing a User Interface'],
  ['Menulis Kode dengan Prinsip sesuai Guidelines dan Best Practices', 'Writing Code Following Guidelines and Best Practices'],
  ['Mengimplementasikan Pemrograman Terstruktur', 'Implementing Structured Programming'],
  ['Mengimplementasikan Pemrograman Berorientasi Objek', 'Implementing Object-Oriented Programming'],
  ['Menggunakan Library atau Komponen Pre-Existing', 'Using Pre-Existing Libraries or Components'],
  ['Membuat Dokumen Kode Program', 'Documenting Program Code'],
  ['Melakukan Debugging', 'Debugging'],
];

export function sampleUnits(count: number): UnitHeading[] {
  return Array.from({ length: count }, (_, i) => {
    const [titleId, titleEn] = UNIT_TITLES[i % UNIT_TITLES.length];
    return { code: `J.620100.${String(i + 4).padStart(3, '0')}.02`, titleId, titleEn };
  });
}

export const SAMPLE_SCHEME = {
  code: 'SKM-TDN-PRG-01',
  titleId: 'Pemrogram Junior (Junior Coder)',
  titleEn: 'Junior Programmer',
};

export function sampleCertificate(overrides: Partial<CertificateModel> = {}): CertificateModel {
  return {
    body: SAMPLE_BODY,
    holderName: 'Ñoño Çağlar Đặng Thị Hằng',
    certificateNumber: '62090 2513 3 0108289 2026',
    registrationNumber: 'TIK 1565 30800 2026',
    scheme: SAMPLE_SCHEME,
    fieldId: 'Teknologi Informasi dan Komunikasi',
    fieldEn: 'Information and Communication Technology',
    qualificationId: 'KKNI Level III, Pemrogram',
    qualificationEn: 'IQF Level III, Programmer',
    place: 'Jakarta',
    issuedOn: '2026-11-20',
    expiresOn: '2029-11-19',
    validityYears: 3,
    signatory: { name: 'Dr. Zoë Ångström, M.Kom.', titleId: 'Ketua LSP', titleEn: 'Chair of the LSP' },
    verificationUrl: 'https://kompeten.example.id/verify/7QF2-K9XM-3D8T-WPLA',
    units: sampleUnits(8),
    ...overrides,
  };
}

export function sampleAssessmentRecord(overrides: Partial<AssessmentRecordModel> = {}): AssessmentRecordModel {
  const methods = [['Observasi', 'Tanya jawab'], ['Portofolio', 'Tanya jawab'], ['Observasi', 'Portofolio', 'Tes tertulis']];
  const units = sampleUnits(8).map((u, i) => ({ ...u, evidenceMethods: methods[i % 3], verdict: i === 5 ? ('BK' as const) : ('K' as const) }));
  return {
    body: SAMPLE_BODY,
    scheme: SAMPLE_SCHEME,
    candidateName: 'Siti Nurhaliza Putri',
    assessors: [
      { name: 'Ñoño Çağlar', registrationNumber: 'MET.000.004512 2021' },
      { name: 'Đặng Thị Hằng', registrationNumber: 'MET.000.010233 2023' },
    ],
    tukName: 'TUK Sewaktu Politeknik Negeri Jakarta, Lab. Rekayasa Perangkat Lunak',
    startedOn: '2026-11-09',
    finishedOn: '2026-11-10',
    units,
    recommendation: 'BK',
    followUp: 'Asesmen ulang unit J.620100.009.02 dengan observasi praktik debugging dalam 3 bulan.',
    signatures: [
      { roleId: 'Asesor Kompetensi', roleEn: 'Competency assessor', name: 'Ñoño Çağlar', registrationNumber: 'MET.000.004512 2021', signedOn: '2026-11-10' },
      { roleId: 'Asesor Kompetensi', roleEn: 'Competency assessor', name: 'Đặng Thị Hằng', registrationNumber: 'MET.000.010233 2023', signedOn: '2026-11-10' },
      { roleId: 'Asesi', roleEn: 'Candidate', name: 'Siti Nurhaliza Putri', registrationNumber: '', signedOn: '2026-11-10' },
    ],
    ...overrides,
  };
}

export function sampleDecisionLetter(overrides: Partial<DecisionLetterModel> = {}): DecisionLetterModel {
  return {
    body: SAMPLE_BODY,
    letterNumber: 'SK/045/LSP-TDN/XI/2026',
    letterDate: '2026-11-20',
    place: 'Jakarta',
    candidateName: 'Zoë Ångström',
    candidateRegistrationNumber: 'TIK 1565 30800 2026',
    scheme: SAMPLE_SCHEME,
    decision: 'K',
    decidedOn: '2026-11-18',
    units: sampleUnits(8).map((u) => ({ ...u, verdict: 'K' as const })),
    decisionMaker: { roleId: 'Ketua Komite Teknis', roleEn: 'Chair, Technical Committee', name: 'Ir. Bambang Sutrisno, M.T.', registrationNumber: 'MET.000.001187 2019', signedOn: '2026-11-20' },
    notes: 'Keputusan diambil dalam rapat pleno Komite Teknis. Pengambil keputusan tidak terlibat dalam asesmen.',
    ...overrides,
  };
}
