import { decodeQrOnPage, pdfText } from '../../test/utils/pdf-inspect.js';
import { renderAssessmentRecord } from './assessment-record.renderer.js';
import { renderCertificate } from './certificate.renderer.js';
import { renderDecisionLetter } from './decision-letter.renderer.js';
import { documentHash, isAuthenticIssuedDocument, sha256 } from './document-hash.js';
import { sampleAssessmentRecord, sampleCertificate, sampleDecisionLetter, sampleUnits } from './document-samples.js';

describe('certificate renderer', () => {
  it('prints holder, numbers, scheme in both languages, validity and body on the front', async () => {
    const model = sampleCertificate();
    const { pages, numPages } = await pdfText(await renderCertificate(model));
    expect(numPages).toBe(2);
    const front = pages[0];
    for (const expected of [
      'Ñoño Çağlar Đặng Thị Hằng',
      'Nomor Sertifikat / Certificate Number: 62090 2513 3 0108289 2026',
      'No. Reg. TIK 1565 30800 2026',
      'Pemrogram Junior (Junior Coder)',
      'Junior Programmer',
      'Dengan ini menyatakan bahwa',
      'This is to certify that',
      '3 (tiga) tahun, hingga 19 November 2029',
      'Jakarta, 20 November 2026',
      'Atas nama BNSP',
      'LSP Teknologi Digital Nusantara',
      'BNSP-LSP-1565-ID',
      'Dr. Zoë Ångström, M.Kom.',
    ]) {
      expect(front).toContain(expected);
    }
  });

  it('lists every unit with code and both titles on the back', async () => {
    const { pages } = await pdfText(await renderCertificate(sampleCertificate()));
    expect(pages[1]).toContain('DAFTAR UNIT KOMPETENSI');
    expect(pages[1]).toContain('Nama Pemegang');
    expect(pages[1]).toContain('Holder name');
    for (const unit of sampleUnits(8)) {
      expect(pages[1]).toContain(unit.code);
      expect(pages[1]).toContain(unit.titleId);
      expect(pages[1]).toContain(unit.titleEn);
    }
  });

  it('paginates a long unit list and repeats the table header', async () => {
    const units = sampleUnits(30);
    const { pages, numPages } = await pdfText(await renderCertificate(sampleCertificate({ units })));
    expect(numPages).toBe(3);
    expect(pages[2]).toContain('Kode Unit');
    const all = pages.join(' ');
    for (const unit of units) expect(all).toContain(unit.code);
  });

  it('carries a QR code that decodes to the verification URL', async () => {
    const model = sampleCertificate({ verificationUrl: 'https://kompeten.example.id/verify/ZX81-Q2W3-E4R5-T6Y7' });
    await expect(decodeQrOnPage(await renderCertificate(model), 1)).resolves.toBe(model.verificationUrl);
  });
});

describe('assessment record (FR.AK.02) renderer', () => {
  it('prints candidate, assessors with MET numbers, units with methods and verdicts, recommendation', async () => {
    const { pages } = await pdfText(await renderAssessmentRecord(sampleAssessmentRecord()));
    const text = pages.join(' ');
    for (const expected of [
      'FR.AK.02',
      'REKAMAN ASESMEN KOMPETENSI',
      'Competency Assessment Record',
      'Siti Nurhaliza Putri',
      'Ñoño Çağlar — No. Reg. MET.000.004512 2021',
      'Đặng Thị Hằng — No. Reg. MET.000.010233 2023',
      'J.620100.009.02',
      'Portofolio, Tanya jawab',
      'Belum Kompeten (BK)',
      'Tindak Lanjut',
      'Asesmen ulang unit J.620100.009.02',
      'Tanggal / Date: 10 November 2026',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('paginates 30 units', async () => {
    const units = sampleUnits(30).map((u) => ({ ...u, evidenceMethods: ['Observasi'], verdict: 'K' as const }));
    const short = await pdfText(await renderAssessmentRecord(sampleAssessmentRecord({ units: units.slice(0, 3) })));
    const long = await pdfText(await renderAssessmentRecord(sampleAssessmentRecord({ units })));
    expect(long.numPages).toBeGreaterThan(short.numPages);
    expect(long.pages.join(' ')).toContain(units[29].code);
  });
});

describe('decision letter renderer', () => {
  it('prints number, candidate, scheme, decision, units and decision maker', async () => {
    const { pages } = await pdfText(await renderDecisionLetter(sampleDecisionLetter()));
    const text = pages.join(' ');
    for (const expected of ['SK/045/LSP-TDN/XI/2026', 'Zoë Ångström', 'KOMPETEN (K)', 'Pemrogram Junior (Junior Coder)', 'J.620100.011.02', 'Ir. Bambang Sutrisno, M.T.', 'Komite Teknis', 'Jakarta, 20 November 2026']) {
      expect(text).toContain(expected);
    }
  });
});

describe('determinism and hashing', () => {
  it('renders the same model to the same bytes, in any order', async () => {
    const first = await renderCertificate(sampleCertificate());
    await renderDecisionLetter(sampleDecisionLetter());
    const second = await renderCertificate(sampleCertificate());
    expect(second.equals(first)).toBe(true);
    expect(sha256(second)).toBe(sha256(first));
    const record = sampleAssessmentRecord();
    expect((await renderAssessmentRecord(record)).equals(await renderAssessmentRecord(record))).toBe(true);
  });

  it('changes the bytes and the hash when one field changes', async () => {
    const a = await renderCertificate(sampleCertificate());
    const b = await renderCertificate(sampleCertificate({ registrationNumber: 'TIK 1565 30801 2026' }));
    expect(sha256(b)).not.toBe(sha256(a));
    expect(documentHash('certificate', sampleCertificate())).not.toBe(documentHash('certificate', sampleCertificate({ holderName: 'Zoë Ångström' })));
  });

  it('uses fixed metadata dates and a model-derived document ID', async () => {
    const model = sampleCertificate();
    const pdf = (await renderCertificate(model)).toString('latin1');
    // pdfkit writes info values as indirect objects: both dates are the issue date, nothing else is dated.
    expect(pdf.match(/\(D:\d{14}Z\)/g)).toEqual(['(D:20261120000000Z)', '(D:20261120000000Z)']);
    const id = documentHash('certificate', model).slice(0, 32);
    expect(pdf).toContain(`/ID [<${id}> <${id}>]`);
  });

  it('recognises an issued document only by its stored hash', async () => {
    const pdf = await renderDecisionLetter(sampleDecisionLetter());
    const stored = [sha256(Buffer.from('other')), sha256(pdf)];
    expect(isAuthenticIssuedDocument(pdf, stored)).toBe(true);
    const tampered = Buffer.from(pdf);
    tampered[tampered.length - 20] ^= 1;
    expect(isAuthenticIssuedDocument(tampered, stored)).toBe(false);
    expect(isAuthenticIssuedDocument(pdf, ['not-a-hash'])).toBe(false);
  });
});
