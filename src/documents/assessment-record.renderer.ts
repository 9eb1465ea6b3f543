import type { AssessmentRecordModel } from './document-models.js';
import { COLOR, MARGIN, createDocument, finishDocument, formatDateId, verdictWords } from './pdf-document.js';
import { FONT } from './pdf-fonts.js';
import { bilingualLabel, bottomLimit, contentWidth, documentTitle, fieldRows, letterhead, signatureRow } from './pdf-layout.js';
import { drawTable } from './pdf-table.js';

const FORM_CODE = 'FR.AK.02';

/** FR.AK.02 Rekaman Asesmen Kompetensi: evidence methods and K/BK per unit, overall recommendation, signatures. */
export function renderAssessmentRecord(model: AssessmentRecordModel): Promise<Buffer> {
  const doc = createDocument({
    kind: 'assessment-record',
    model,
    title: `${FORM_CODE} Rekaman Asesmen Kompetensi — ${model.candidateName}`,
    author: model.body.name,
    date: model.finishedOn,
  });
  let y = letterhead(doc, model.body, FORM_CODE);
  y = documentTitle(doc, 'Rekaman Asesmen Kompetensi', 'Competency Assessment Record', y);

  const dates = model.startedOn === model.finishedOn ? formatDateId(model.startedOn) : `${formatDateId(model.startedOn)} – ${formatDateId(model.finishedOn)}`;
  y = fieldRows(doc, [
    { id: 'Skema Sertifikasi', en: 'Certification scheme', value: `${model.scheme.titleId}\n${model.scheme.titleEn}\nNomor / Code: ${model.scheme.code}` },
    { id: 'Nama Asesi', en: 'Candidate name', value: model.candidateName, bold: true },
    { id: 'Nama Asesor', en: 'Assessor name / No. Reg. MET', value: model.assessors.map((a) => `${a.name} — No. Reg. ${a.registrationNumber}`).join('\n') },
    { id: 'TUK', en: 'Assessment site', value: model.tukName },
    { id: 'Tanggal Asesmen', en: 'Assessment date', value: dates },
  ], y);

  y = drawTable(doc, [
    { headerId: 'No.', headerEn: 'No.', share: 0.055, align: 'center' },
    { headerId: 'Kode Unit', headerEn: 'Unit code', share: 0.185 },
    { headerId: 'Judul Unit', headerEn: 'Unit title', share: 0.4 },
    { headerId: 'Bukti', headerEn: 'Evidence methods', share: 0.2 },
    { headerId: 'Rekomendasi', headerEn: 'Recommendation', share: 0.16, align: 'center' },
  ], model.units.map((unit, i) => [
    [{ text: String(i + 1) }],
    [{ text: unit.code, font: FONT.sansBold, size: 8 }],
    [{ text: unit.titleId }, { text: unit.titleEn, font: FONT.serifItalic, size: 7.5, color: COLOR.muted }],
    [{ text: unit.evidenceMethods.join(', '), size: 8 }],
    [{ text: unit.verdict, font: FONT.sansBold, size: 9.5, color: unit.verdict === 'K' ? COLOR.accent : '#9b2c2c' }],
  ]), y + 4);

  const verdict = verdictWords(model.recommendation);
  const width = contentWidth(doc);
  const boxHeight = model.followUp ? 96 : 56;
  if (y + boxHeight > bottomLimit(doc)) {
    doc.addPage();
    y = MARGIN.top;
  }
  doc.save().rect(MARGIN.left, y, width, boxHeight).lineWidth(0.6).strokeColor(COLOR.rule).stroke().restore();
  doc.save().rect(MARGIN.left, y, 3, boxHeight).fill(COLOR.accent).restore();
  bilingualLabel(doc, 'Rekomendasi Hasil Asesmen', 'Overall recommendation', MARGIN.left + 14, y + 10, 170);
  doc.font(FONT.sansBold).fontSize(13).fillColor(COLOR.ink).text(`${verdict.id} (${model.recommendation})`, MARGIN.left + 190, y + 9, { width: width - 200 });
  doc.font(FONT.serifItalic).fontSize(9).fillColor(COLOR.muted).text(verdict.en, MARGIN.left + 190, doc.y, { width: width - 200 });
  if (model.followUp) {
    bilingualLabel(doc, 'Tindak Lanjut', 'Follow-up', MARGIN.left + 14, y + 52, 170);
    doc.font(FONT.sans).fontSize(9).fillColor(COLOR.ink).text(model.followUp, MARGIN.left + 190, y + 52, { width: width - 200, height: boxHeight - 56, ellipsis: true });
  }
  y += boxHeight + 20;

  signatureRow(doc, model.signatures, y);
  return finishDocument(doc, `${FORM_CODE} · ${model.body.name} · ${model.candidateName}`);
}
