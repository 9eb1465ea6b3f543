import type { CertificateModel } from './document-models.js';
import { COLOR, MARGIN, createDocument, finishDocument, formatDateEn, formatDateId, validityWords } from './pdf-document.js';
import { FONT } from './pdf-fonts.js';
import { contentWidth, documentTitle, fieldRows, logoMark } from './pdf-layout.js';
import { drawTable } from './pdf-table.js';
import { drawQrCode } from './qr-code.js';

function frame(doc: PDFKit.PDFDocument): void {
  const inset = 24;
  const { width, height } = doc.page;
  doc.save().rect(inset, inset, width - 2 * inset, height - 2 * inset).lineWidth(2.2).strokeColor(COLOR.accent).stroke();
  doc.rect(inset + 5, inset + 5, width - 2 * inset - 10, height - 2 * inset - 10).lineWidth(0.6).strokeColor(COLOR.gold).stroke().restore();
}

/** Centered pair: Indonesian line, English italic line below. */
function centeredPair(doc: PDFKit.PDFDocument, id: string, en: string, y: number, size = 9.5): number {
  const width = contentWidth(doc);
  doc.font(FONT.serif).fontSize(size).fillColor(COLOR.ink).text(id, MARGIN.left, y, { width, align: 'center' });
  doc.font(FONT.serifItalic).fontSize(size - 1.5).fillColor(COLOR.muted).text(en, MARGIN.left, doc.y + 0.5, { width, align: 'center' });
  return doc.y;
}

function front(doc: PDFKit.PDFDocument, model: CertificateModel): void {
  frame(doc);
  const width = contentWidth(doc);
  const center = MARGIN.left + width / 2;
  logoMark(doc, model.body.logoText, center - 30, 58, 60);
  let y = 132;
  doc.font(FONT.serifBold).fontSize(25).fillColor(COLOR.accent).text('SERTIFIKAT KOMPETENSI', MARGIN.left, y, { width, align: 'center', characterSpacing: 1.5 });
  doc.font(FONT.serifItalic).fontSize(13).fillColor(COLOR.muted).text('Certificate of Competency', MARGIN.left, doc.y + 1, { width, align: 'center' });
  doc.font(FONT.sans).fontSize(9.5).fillColor(COLOR.ink).text(`Nomor Sertifikat / Certificate Number: ${model.certificateNumber}`, MARGIN.left, doc.y + 10, { width, align: 'center' });
  y = doc.y + 10;
  doc.save().moveTo(center - 60, y).lineTo(center + 60, y).lineWidth(0.8).strokeColor(COLOR.gold).stroke().restore();

  y = centeredPair(doc, 'Dengan ini menyatakan bahwa', 'This is to certify that', y + 16);
  doc.font(FONT.serifBold).fontSize(22).fillColor(COLOR.ink).text(model.holderName, MARGIN.left, y + 10, { width, align: 'center' });
  doc.font(FONT.sans).fontSize(9.5).fillColor(COLOR.ink).text(`No. Reg. ${model.registrationNumber}`, MARGIN.left, doc.y + 4, { width, align: 'center' });

  y = centeredPair(doc, 'Telah kompeten pada bidang', 'Has been competent in the area of', doc.y + 16);
  doc.font(FONT.serifBold).fontSize(12.5).fillColor(COLOR.ink).text(model.fieldId, MARGIN.left, y + 5, { width, align: 'center' });
  doc.font(FONT.serifItalic).fontSize(10).fillColor(COLOR.muted).text(model.fieldEn, MARGIN.left, doc.y + 1, { width, align: 'center' });

  y = centeredPair(doc, 'Dengan kualifikasi / kompetensi', 'With qualification / competency', doc.y + 14);
  doc.font(FONT.serifBold).fontSize(15).fillColor(COLOR.accent).text(model.scheme.titleId, MARGIN.left + 20, y + 6, { width: width - 40, align: 'center' });
  doc.font(FONT.serifItalic).fontSize(11).fillColor(COLOR.muted).text(model.scheme.titleEn, MARGIN.left + 20, doc.y + 1, { width: width - 40, align: 'center' });
  doc.font(FONT.sans).fontSize(9).fillColor(COLOR.ink).text(`${model.qualificationId} / ${model.qualificationEn}`, MARGIN.left, doc.y + 6, { width, align: 'center' });

  const validity = validityWords(model.validityYears);
  centeredPair(doc, `Sertifikat ini berlaku untuk ${validity.id}, hingga ${formatDateId(model.expiresOn)}`, `This certificate is valid for ${validity.en}, until ${formatDateEn(model.expiresOn)}`, doc.y + 16, 9);

  // Bottom band: QR + verification on the left, issuing body and signatory on the right.
  const bandTop = doc.page.height - 232;
  const qrSize = 92;
  drawQrCode(doc, model.verificationUrl, MARGIN.left, bandTop + 10, qrSize);
  doc.font(FONT.sansBold).fontSize(7.5).fillColor(COLOR.ink).text('Verifikasi keaslian', MARGIN.left, bandTop + qrSize + 16, { width: 200 });
  doc.font(FONT.serifItalic).fontSize(7).fillColor(COLOR.muted).text('Verify authenticity', MARGIN.left, doc.y, { width: 200 });
  doc.font(FONT.sans).fontSize(6.5).fillColor(COLOR.accent).text(model.verificationUrl, MARGIN.left, doc.y + 2, { width: 230 });

  const sx = MARGIN.left + width - 230;
  const sw = 230;
  doc.font(FONT.sans).fontSize(9).fillColor(COLOR.ink).text(`${model.place}, ${formatDateId(model.issuedOn)}`, sx, bandTop, { width: sw, align: 'center' });
  doc.font(FONT.sansBold).fontSize(9).text('Atas nama BNSP', sx, doc.y + 4, { width: sw, align: 'center' });
  doc.font(FONT.serifItalic).fontSize(8).fillColor(COLOR.muted).text('On behalf of BNSP', sx, doc.y, { width: sw, align: 'center' });
  doc.font(FONT.sansBold).fontSize(9).fillColor(COLOR.ink).text(model.body.name, sx, doc.y + 3, { width: sw, align: 'center' });
  doc.font(FONT.sans).fontSize(7.5).fillColor(COLOR.muted).text(`Lisensi / Licence ${model.body.licenceNumber}`, sx, doc.y + 1, { width: sw, align: 'center' });
  const lineY = doc.y + 48;
  doc.save().moveTo(sx + 25, lineY).lineTo(sx + sw - 25, lineY).lineWidth(0.5).strokeColor(COLOR.ink).stroke().restore();
  doc.font(FONT.sansBold).fontSize(9.5).fillColor(COLOR.ink).text(model.signatory.name, sx, lineY + 4, { width: sw, align: 'center' });
  doc.font(FONT.sans).fontSize(8).fillColor(COLOR.muted).text(`${model.signatory.titleId} / ${model.signatory.titleEn}`, sx, doc.y + 1, { width: sw, align: 'center' });
}

function back(doc: PDFKit.PDFDocument, model: CertificateModel): void {
  doc.addPage();
  let y = documentTitle(doc, 'Daftar Unit Kompetensi', 'List of Competency Units', MARGIN.top);
  y = fieldRows(doc, [
    { id: 'Nama Pemegang', en: 'Holder name', value: model.holderName, bold: true },
    { id: 'Nomor Sertifikat', en: 'Certificate number', value: model.certificateNumber },
    { id: 'Skema Sertifikasi', en: 'Certification scheme', value: `${model.scheme.titleId} / ${model.scheme.titleEn} (${model.scheme.code})` },
  ], y, 130);
  drawTable(doc, [
    { headerId: 'No.', headerEn: 'No.', share: 0.07, align: 'center' },
    { headerId: 'Kode Unit', headerEn: 'Unit code', share: 0.22 },
    { headerId: 'Judul Unit Kompetensi', headerEn: 'Title of competency unit', share: 0.71 },
  ], model.units.map((unit, i) => [
    [{ text: String(i + 1) }],
    [{ text: unit.code, font: FONT.sansBold, size: 8.5 }],
    [{ text: unit.titleId, size: 9 }, { text: unit.titleEn, font: FONT.serifItalic, size: 8, color: COLOR.muted }],
  ]), y + 4);
}

/** BNSP-format certificate: front (holder, numbers, scheme, validity, body, signatory, QR), back (units). */
export function renderCertificate(model: CertificateModel): Promise<Buffer> {
  const doc = createDocument({
    kind: 'certificate',
    model,
    title: `Sertifikat Kompetensi ${model.certificateNumber}`,
    author: model.body.name,
    date: model.issuedOn,
  });
  front(doc, model);
  back(doc, model);
  return finishDocument(doc, `Sertifikat ${model.certificateNumber} · ${model.holderName}`, 1);
}
