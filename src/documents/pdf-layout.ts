import type { BodyHeading, SignatureBlock } from './document-models.js';
import { COLOR, MARGIN, formatDateId } from './pdf-document.js';
import { FONT } from './pdf-fonts.js';

export function contentWidth(doc: PDFKit.PDFDocument): number {
  return doc.page.width - MARGIN.left - MARGIN.right;
}

export function bottomLimit(doc: PDFKit.PDFDocument): number {
  return doc.page.height - MARGIN.bottom;
}

export function hRule(doc: PDFKit.PDFDocument, y: number, color: string = COLOR.rule, width = 0.5): void {
  doc.save().moveTo(MARGIN.left, y).lineTo(MARGIN.left + contentWidth(doc), y).lineWidth(width).strokeColor(color).stroke().restore();
}

/** Logo mark: a box with the body's short mark until real artwork is stored. */
export function logoMark(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  doc.save().roundedRect(x, y, size, size, 4).fill(COLOR.accent).restore();
  doc.font(FONT.sansBold).fontSize(size / 5.2).fillColor('#ffffff');
  const h = doc.heightOfString(text, { width: size - 6, align: 'center' });
  doc.text(text, x + 3, y + (size - h) / 2, { width: size - 6, align: 'center', lineBreak: true });
}

/** Letterhead: logo, body name, address and licence; optional form code on the right; a rule below. */
export function letterhead(doc: PDFKit.PDFDocument, body: BodyHeading, formCode?: string): number {
  const top = MARGIN.top;
  logoMark(doc, body.logoText, MARGIN.left, top, 46);
  const x = MARGIN.left + 58;
  const width = contentWidth(doc) - 58 - (formCode ? 90 : 0);
  doc.font(FONT.sansBold).fontSize(12.5).fillColor(COLOR.ink).text(body.name, x, top + 2, { width });
  doc.font(FONT.sans).fontSize(8).fillColor(COLOR.muted);
  doc.text(body.address, x, doc.y + 2, { width });
  doc.text(`Lisensi BNSP / BNSP licence: ${body.licenceNumber}`, x, doc.y + 1, { width });
  if (formCode) {
    doc.font(FONT.sansBold).fontSize(9).fillColor(COLOR.accent);
    doc.text(formCode, MARGIN.left + contentWidth(doc) - 90, top + 2, { width: 90, align: 'right' });
  }
  const y = Math.max(doc.y, top + 46) + 10;
  hRule(doc, y, COLOR.accent, 1.2);
  hRule(doc, y + 2.5, COLOR.accent, 0.4);
  return y + 16;
}

/** Centered bilingual title: Indonesian in bold caps, English in italic below. */
export function documentTitle(doc: PDFKit.PDFDocument, id: string, en: string, y: number, size = 14): number {
  const width = contentWidth(doc);
  doc.font(FONT.sansBold).fontSize(size).fillColor(COLOR.ink).text(id.toUpperCase(), MARGIN.left, y, { width, align: 'center', characterSpacing: 0.6 });
  doc.font(FONT.serifItalic).fontSize(size * 0.68).fillColor(COLOR.muted).text(en, MARGIN.left, doc.y + 1, { width, align: 'center' });
  return doc.y + 14;
}

/** A label as "Indonesian" with the English subtitle below, in a fixed-width column; returns its height. */
export function bilingualLabel(doc: PDFKit.PDFDocument, id: string, en: string, x: number, y: number, width: number, size = 8.5): number {
  doc.font(FONT.sansBold).fontSize(size).fillColor(COLOR.ink).text(id, x, y, { width });
  doc.font(FONT.serifItalic).fontSize(size - 1.5).fillColor(COLOR.muted).text(en, x, doc.y, { width });
  return doc.y - y;
}

export interface FieldRow {
  readonly id: string;
  readonly en: string;
  readonly value: string;
  readonly bold?: boolean;
}

/** Label/value rows ("Nama Asesi / Candidate name : …") with thin separators; returns the next y. */
export function fieldRows(doc: PDFKit.PDFDocument, rows: readonly FieldRow[], y: number, labelWidth = 150): number {
  const x = MARGIN.left;
  const valueX = x + labelWidth + 12;
  const valueWidth = contentWidth(doc) - labelWidth - 12;
  for (const row of rows) {
    const labelH = bilingualLabel(doc, row.id, row.en, x, y, labelWidth);
    doc.font(row.bold ? FONT.sansBold : FONT.sans).fontSize(9.5).fillColor(COLOR.ink).text(row.value, valueX, y, { width: valueWidth });
    y = Math.max(y + labelH, doc.y) + 5;
    hRule(doc, y - 2.5, COLOR.faint, 0.6);
    y += 3;
  }
  return y;
}

/** Signature boxes side by side: role, space to sign, name, registration number and date. */
export function signatureRow(doc: PDFKit.PDFDocument, blocks: readonly SignatureBlock[], y: number): number {
  const perRow = Math.min(3, Math.max(blocks.length, 2));
  const gap = 18;
  const width = (contentWidth(doc) - gap * (perRow - 1)) / perRow;
  const height = 112;
  const rows = Math.ceil(blocks.length / perRow);
  if (y + rows * (height + 12) > bottomLimit(doc)) {
    doc.addPage();
    y = MARGIN.top;
  }
  let bottom = y;
  blocks.forEach((block, i) => {
    const col = i % perRow;
    const rowTop = y + Math.floor(i / perRow) * (height + 12);
    const x = MARGIN.left + col * (width + gap);
    bilingualLabel(doc, block.roleId, block.roleEn, x, rowTop, width, 8);
    const lineY = rowTop + 62;
    doc.save().moveTo(x, lineY).lineTo(x + width, lineY).lineWidth(0.5).strokeColor(COLOR.ink).stroke().restore();
    doc.font(FONT.sansBold).fontSize(9).fillColor(COLOR.ink).text(block.name, x, lineY + 4, { width });
    doc.font(FONT.sans).fontSize(7.5).fillColor(COLOR.muted);
    if (block.registrationNumber) doc.text(`No. Reg. ${block.registrationNumber}`, x, doc.y + 1, { width });
    doc.text(`Tanggal / Date: ${formatDateId(block.signedOn)}`, x, doc.y + 1, { width });
    bottom = Math.max(bottom, doc.y);
  });
  return bottom + 12;
}
