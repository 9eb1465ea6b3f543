import { buildAssessmentRecordModel, buildCertificateModel, buildDecisionLetterModel, type BodyFacts, verificationUrl } from './document-builders.js';

const body: BodyFacts = {
  name: 'LSP Teknologi Digital Nusantara', code: 'LSP-TDN', licenseNumber: 'BNSP-LSP-1565-ID',
  address: 'Jl. Gatot Subroto Kav. 52, Jakarta Selatan 12950', verificationBaseUrl: 'https://lsp-tdn.example/verify/',
};
const scheme = { code: 'SKM-JWD', titleId: 'Pengembang Web Pratama', titleEn: 'Junior Web Developer' };
const unit = { code: 'J.620100.004.02', titleId: 'Menggunakan Struktur Data', titleEn: 'Using Data Structures' };

describe('document builders', () => {
  it('builds the certificate model with the verification URL and validity', () => {
    const m = buildCertificateModel({
      body, certificateNumber: 'C-1', registrationNumber: 'R-1', holderName: 'Zoë Ångström',
      scheme: { ...scheme, sector: '', kkniLevel: 3 }, units: [unit], issuedOn: '2026-03-10', expiresOn: '2029-03-10',
      validityMonths: 36, signatoryName: 'Dewi Lestari', verificationCode: 'abc',
    });
    expect(m.verificationUrl).toBe('https://lsp-tdn.example/verify/abc');
    expect(m.validityYears).toBe(3);
    expect(m.place).toBe('Jakarta Selatan');
    expect(m.qualificationId).toBe('Kualifikasi Nasional Level 3 / Pengembang Web Pratama');
    expect(m.units).toEqual([unit]);
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
  });

  it('falls back to a default verification host', () => {
    expect(verificationUrl('', 'x')).toBe('https://verify.kompeten.id/x');
  });

  it('builds the decision letter from the decision', () => {
    const m = buildDecisionLetterModel({
      body, decisionId: '0a1b2c3d-0000-4000-8000-000000000000', decidedAt: new Date('2026-03-12T03:00:00Z'), outcome: 'BK', notes: 'Ulang unit 1',
      candidateName: 'Budi', candidateRegistrationNumber: '', scheme, units: [{ ...unit, verdict: 'BK' }], decisionMakerName: 'Dewi',
    });
    expect(m).toMatchObject({ letterNumber: 'SK/LSP-TDN/2026/0A1B2C3D', letterDate: '2026-03-12', decision: 'BK', notes: 'Ulang unit 1' });
    expect(m.decisionMaker).toMatchObject({ name: 'Dewi', signedOn: '2026-03-12' });
  });

  it('builds FR.AK.02 with the lead assessor first and worded evidence methods', () => {
    const m = buildAssessmentRecordModel({
      body, scheme, candidateName: 'Budi', tukName: 'TUK Sewaktu', scheduledAt: new Date('2026-03-10T01:00:00Z'), signedAt: new Date('2026-03-11T05:00:00Z'),
      assessors: [{ name: 'Member', registrationNumber: 'MET-2', role: 'member' }, { name: 'Lead', registrationNumber: 'MET-1', role: 'lead' }],
      units: [{ ...unit, evidenceMethods: ['observation', 'portfolio'], verdict: 'K' }], overall: 'K', followUp: '',
    });
    expect(m.assessors.map((a) => a.name)).toEqual(['Lead', 'Member']);
    expect(m.units[0].evidenceMethods).toEqual(['Observasi demonstrasi', 'Portofolio']);
    expect(m.signatures.map((s) => s.roleId)).toEqual(['Asesor Kompetensi', 'Asesor Kompetensi', 'Asesi']);
    expect(m).toMatchObject({ startedOn: '2026-03-10', finishedOn: '2026-03-11', recommendation: 'K' });
  });
});
