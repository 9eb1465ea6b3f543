import type { DecisionLetterModel } from './document-models.js';
import { COLOR, MARGIN, createDocument, finishDocument, formatDateEn, formatDateId, verdictWords } from './pdf-document.js';
import { FONT } from './pdf-fonts.js';
import { bilingualLabel, bottomLimit, contentWidth, documentTitle, fieldRows, letterhead } from './pdf-layout.js';
import { drawTable } from './pdf-table.js';

/** Surat Keputusan on a certification decision: decision, units, notes and the decision maker's signature. */
export function renderDecisionLetter(model: DecisionLetterModel): Promise<Buffer> {
  const doc = createDocument({
    kind: 'decision-letter',
    model,
    title: `Surat Keputusan ${model.letterNumber}`,
    author: model.body.name,
    date: model.letterDate,
  });
  const width = contentWidth(doc);
  let y = letterhead(doc, model.body);
  y = documentTitle(doc, 'Surat Keputusan Sertifikasi', 'Certification Decision Letter', y);
  doc.font(FONT.sans).fontSize(9).fillColor(COLOR.ink).text(`Nomor / Number: ${model.letterNumber}`, MARGIN.left, y - 8, { width, align: 'center' });
  y = doc.y + 14;

  doc.font(FONT.sans).fontSize(9.5).fillColor(COLOR.ink).text(
    `Berdasarkan rekomendasi asesor dan hasil peninjauan dokumen asesmen, ${model.body.name} pada rapat keputusan tanggal ${formatDateId(model.decidedOn)} menetapkan hasil sertifikasi kompetensi berikut.`,
    MARGIN.left, y, { width, lineGap: 1.5 },
  );
  doc.font(FONT.serifItalic).fontSize(8.5).fillColor(COLOR.muted).text(
    `Based on the assessor's recommendation and a review of the assessment records, ${model.body.name} decided on ${formatDateEn(model.decidedOn)} the following certification result.`,
    MARGIN.left, doc.y + 3, { width },
  );
  y = doc.y + 14;

  y = fieldRows(doc, [
    { id: 'Nama Asesi', en: 'Candidate name', value: model.candidateName, bold: true },
    { id: 'No. Registrasi Asesi', en: 'Candidate registration no.', value: model.candidateRegistrationNumber },
    { id: 'Skema Sertifikasi', en: 'Certification scheme', value: `${model.scheme.titleId}\n${model.scheme.titleEn}\nNomor / Code: ${model.scheme.code}` },
    { id: 'Tanggal Keputusan', en: 'Decision date', value: formatDateId(model.decidedOn) },
  ], y);

  const verdict = verdictWords(model.decision);
  const boxH = 46;
  doc.save().rect(MARGIN.left, y + 4, width, boxH).fill(COLOR.faint).restore();
  doc.save().rect(MARGIN.left, y + 4, 3, boxH).fill(model.decision === 'K' ? COLOR.accent : '#9b2c2c').restore();
  bilingualLabel(doc, 'MEMUTUSKAN', 'Decision', MARGIN.left + 14, y + 14, 150, 9.5);
  doc.font(FONT.sansBold).fontSize(15).fillColor(COLOR.ink).text(`${verdict.id.toUpperCase()} (${model.decision})`, MARGIN.left + 170, y + 11, { width: width - 180 });
  doc.font(FONT.serifItalic).fontSize(9).fillColor(COLOR.muted).text(verdict.en, MARGIN.left + 170, doc.y, { width: width - 180 });
  y += boxH + 18;

  y = drawTable(doc, [
    { headerId: 'No.', headerEn: 'No.', share: 0.07, align: 'center' },
    { headerId: 'Kode Unit', headerEn: 'Unit code', share: 0.2 },
    { headerId: 'Judul Unit', headerEn: 'Unit title', share: 0.58 },
    { headerId: 'Hasil', headerEn: 'Result', share: 0.15, align: 'center' },
  ], model.units.map((unit, i) => [
    [{ text: String(i + 1) }],
    [{ text: unit.code, font: FONT.sansBold, size: 8 }],
    [{ text: unit.titleId }, { text: unit.titleEn, font: FONT.serifItalic, size: 7.5, color: COLOR.muted }],
    [{ text: unit.verdict, font: FONT.sansBold, size: 9.5, color: unit.verdict === 'K' ? COLOR.accent : '#9b2c2c' }],
  ]), y);

  if (model.notes) {
    doc.font(FONT.sans).fontSize(9);
    const notesH = doc.heightOfString(model.notes, { width: width - 162 }) + 8;
    if (y + notesH > bottomLimit(doc)) {
      doc.addPage();
      y = MARGIN.top;
    }
    bilingualLabel(doc, 'Catatan', 'Notes', MARGIN.left, y, 150);
    doc.font(FONT.sans).fontSize(9).fillColor(COLOR.ink).text(model.notes, MARGIN.left + 162, y, { width: width - 162 });
    y = doc.y + 16;
  }

  const signer = model.decisionMaker;
  if (y + 130 > bottomLimit(doc)) {
    doc.addPage();
    y = MARGIN.top;
  }
  const x = MARGIN.left + width - 220;
  doc.font(FONT.sans).fontSize(9).fillColor(COLOR.ink).text(`${model.place}, ${formatDateId(model.letterDate)}`, x, y, { width: 220 });
  bilingualLabel(doc, signer.roleId, signer.roleEn, x, doc.y + 2, 220, 9);
  const lineY = doc.y + 52;
  doc.save().moveTo(x, lineY).lineTo(x + 220, lineY).lineWidth(0.5).strokeColor(COLOR.ink).stroke().restore();
  doc.font(FONT.sansBold).fontSize(9.5).fillColor(COLOR.ink).text(signer.name, x, lineY + 4, { width: 220 });
  if (signer.registrationNumber) {
    doc.font(FONT.sans).fontSize(8).fillColor(COLOR.muted).text(`No. Reg. ${signer.registrationNumber}`, x, doc.y + 1, { width: 220 });
  }
  return finishDocument(doc, `Surat Keputusan ${model.letterNumber} · ${model.body.name}`);
}
