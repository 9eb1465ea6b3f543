import type { QualityReviewModel } from './document-models.js';
import { COLOR, MARGIN, createDocument, finishDocument, formatDateId, verdictWords } from './pdf-document.js';
import { FONT } from './pdf-fonts.js';
import { bilingualLabel, bottomLimit, contentWidth, documentTitle, fieldRows, letterhead, signatureRow } from './pdf-layout.js';
import { type CellLine, drawTable } from './pdf-table.js';

const NOT_MET = '#9b2c2c';
const yesNo = (ok: boolean): CellLine[] => [{ text: ok ? 'Ya' : 'Tidak', font: FONT.sansBold, size: 9, color: ok ? COLOR.accent : NOT_MET }];

/** A labelled block of free text (recommendations, findings); on a new page when it does not fit. */
function textBlock(doc: PDFKit.PDFDocument, id: string, en: string, text: string, y: number): number {
  const width = contentWidth(doc);
  const body = text || '–';
  doc.font(FONT.sans).fontSize(9);
  if (y + doc.heightOfString(body, { width }) + 28 > bottomLimit(doc)) {
    doc.addPage();
    y = MARGIN.top;
  }
  const h = bilingualLabel(doc, id, en, MARGIN.left, y, width, 9);
  doc.font(FONT.sans).fontSize(9).fillColor(COLOR.ink).text(body, MARGIN.left, y + h + 3, { width, lineGap: 1.5 });
  return doc.y + 12;
}

function section(doc: PDFKit.PDFDocument, id: string, en: string, y: number): number {
  if (y + 90 > bottomLimit(doc)) {
    doc.addPage();
    y = MARGIN.top;
  }
  return y + bilingualLabel(doc, id, en, MARGIN.left, y, contentWidth(doc), 10.5) + 6;
}

/** FR.AK.06 Meninjau Proses Asesmen: stages × principles, consistency across the dimensions of competency, findings. */
export function renderQualityReview(model: QualityReviewModel): Promise<Buffer> {
  const doc = createDocument({
    kind: 'quality-review', model, title: `FR.AK.06 Meninjau Proses Asesmen · ${model.candidateName}`, author: model.body.name, date: model.reviewer.signedOn,
  });
  let y = letterhead(doc, model.body, 'FR.AK.06');
  y = documentTitle(doc, 'Meninjau Proses Asesmen', 'Review of the Assessment Process', y);
  const verdict = verdictWords(model.decision);
  y = fieldRows(doc, [
    { id: 'Skema Sertifikasi', en: 'Certification scheme', value: `${model.scheme.titleId}\n${model.scheme.titleEn}\nNomor / Code: ${model.scheme.code}` },
    { id: 'Nama Asesi', en: 'Candidate name', value: model.candidateName, bold: true },
    { id: 'Asesor', en: 'Assessor(s)', value: model.assessors.map((a) => (a.registrationNumber ? `${a.name} (No. Reg. ${a.registrationNumber})` : a.name)).join('\n') },
    { id: 'TUK', en: 'Assessment site', value: model.tukName },
    { id: 'Tanggal Asesmen', en: 'Assessment date', value: formatDateId(model.assessedOn) },
    { id: 'Keputusan Sertifikasi', en: 'Certification decision', value: `${verdict.id} (${model.decision}), ${formatDateId(model.decidedOn)}` },
  ], y);

  if (model.correction) {
    const width = contentWidth(doc);
    const text = `Koreksi atas tinjauan tanggal ${formatDateId(model.correction.correctsReviewOn)}. Alasan: ${model.correction.reason}`;
    doc.font(FONT.sans).fontSize(8.5);
    const h = doc.heightOfString(text, { width: width - 20 }) + 12;
    doc.save().rect(MARGIN.left, y, width, h).fill(COLOR.faint).restore();
    doc.save().rect(MARGIN.left, y, 3, h).fill(COLOR.gold).restore();
    doc.fillColor(COLOR.ink).text(text, MARGIN.left + 12, y + 6, { width: width - 20 });
    y += h + 12;
  }

  y = section(doc, '1. Prinsip asesmen pada setiap tahap', '1. Principles of assessment at each stage', y);
  const share = 0.64 / model.principles.length;
  y = drawTable(doc, [
    { headerId: 'Tahap asesmen', headerEn: 'Stage', share: 0.36 },
    ...model.principles.map(([id, en]) => ({ headerId: id, headerEn: en, share, align: 'center' as const })),
  ], model.stages.map((s) => [
    [{ text: s.label[0], font: FONT.sansBold, size: 8.5 }, { text: s.label[1], font: FONT.serifItalic, size: 7.5, color: COLOR.muted }],
    ...s.cells.map((c) => yesNo(c.met)),
  ]), y) + 8;
  const notes = model.stages.flatMap((s) => s.cells.flatMap((c, i) => (c.note ? [`${s.label[0]} – ${model.principles[i][0]}: ${c.note}`] : [])));
  if (notes.length) y = textBlock(doc, 'Catatan', 'Notes', notes.join('\n'), y);
  y = textBlock(doc, 'Rekomendasi untuk peningkatan', 'Recommendations for improvement', model.improvementRecommendations, y);

  y = section(doc, '2. Konsistensi keputusan asesmen', '2. Consistency of assessment decisions across the dimensions of competency', y);
  y = drawTable(doc, [
    { headerId: 'Dimensi kompetensi', headerEn: 'Dimension of competency', share: 0.42 },
    { headerId: 'Konsisten', headerEn: 'Consistent', share: 0.14, align: 'center' },
    { headerId: 'Catatan', headerEn: 'Notes', share: 0.44 },
  ], model.dimensions.map((d) => [
    [{ text: d.label[0], font: FONT.sansBold, size: 8.5 }, { text: d.label[1], font: FONT.serifItalic, size: 7.5, color: COLOR.muted }],
    yesNo(d.consistent),
    [{ text: d.note || '–', size: 8.5 }],
  ]), y) + 8;
  y = textBlock(doc, 'Rekomendasi', 'Recommendations', model.consistencyRecommendations, y);
  y = textBlock(doc, 'Temuan', 'Findings', model.findings, y);
  if (model.comments) y = textBlock(doc, 'Komentar', 'Comments', model.comments, y);

  signatureRow(doc, [model.reviewer], y + 4);
  return finishDocument(doc, `FR.AK.06 · ${model.candidateName} · ${model.body.name}`);
}
