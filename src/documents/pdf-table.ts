import { COLOR, MARGIN } from './pdf-document.js';
import { FONT } from './pdf-fonts.js';
import { bottomLimit, contentWidth } from './pdf-layout.js';

/** One line of a cell: text in a given style. A cell stacks its lines (e.g. Indonesian title, English title). */
export interface CellLine {
  readonly text: string;
  readonly font?: string;
  readonly size?: number;
  readonly color?: string;
}

export interface TableColumn {
  readonly headerId: string;
  readonly headerEn: string;
  /** Fraction of the content width; fractions should add up to 1. */
  readonly share: number;
  readonly align?: 'left' | 'center' | 'right';
}

const PAD_X = 5;
const PAD_Y = 4.5;

function cellHeight(doc: PDFKit.PDFDocument, lines: readonly CellLine[], width: number): number {
  let h = 0;
  for (const line of lines) {
    doc.font(line.font ?? FONT.sans).fontSize(line.size ?? 8.5);
    h += doc.heightOfString(line.text || ' ', { width }) + 1;
  }
  return h;
}

function drawCell(doc: PDFKit.PDFDocument, lines: readonly CellLine[], x: number, y: number, width: number, align: TableColumn['align']): void {
  let cy = y;
  for (const line of lines) {
    doc.font(line.font ?? FONT.sans).fontSize(line.size ?? 8.5).fillColor(line.color ?? COLOR.ink);
    doc.text(line.text, x, cy, { width, align: align ?? 'left' });
    cy = doc.y + 1;
  }
}

function drawHeader(doc: PDFKit.PDFDocument, columns: readonly TableColumn[], y: number): number {
  const total = contentWidth(doc);
  const header = columns.map((c) => [
    { text: c.headerId, font: FONT.sansBold, size: 8, color: '#ffffff' },
    { text: c.headerEn, font: FONT.serifItalic, size: 6.8, color: '#dbe3ec' },
  ]);
  const h = Math.max(...header.map((lines, i) => cellHeight(doc, lines, columns[i].share * total - 2 * PAD_X))) + 2 * PAD_Y;
  doc.save().rect(MARGIN.left, y, total, h).fill(COLOR.accent).restore();
  let x = MARGIN.left;
  columns.forEach((c, i) => {
    drawCell(doc, header[i], x + PAD_X, y + PAD_Y, c.share * total - 2 * PAD_X, c.align);
    x += c.share * total;
  });
  return y + h;
}

/**
 * A table whose rows wrap their text and break across pages; the header repeats on each page.
 * Rows alternate a faint band so long unit lists stay readable. Returns the y below the table.
 */
export function drawTable(doc: PDFKit.PDFDocument, columns: readonly TableColumn[], rows: readonly (readonly CellLine[])[][], startY: number): number {
  const total = contentWidth(doc);
  const widths = columns.map((c) => c.share * total);
  let y = drawHeader(doc, columns, startY);
  rows.forEach((row, r) => {
    const h = Math.max(...row.map((lines, i) => cellHeight(doc, lines, widths[i] - 2 * PAD_X))) + 2 * PAD_Y;
    if (y + h > bottomLimit(doc)) {
      doc.addPage();
      y = drawHeader(doc, columns, MARGIN.top);
    }
    if (r % 2 === 1) doc.save().rect(MARGIN.left, y, total, h).fill(COLOR.faint).restore();
    let x = MARGIN.left;
    row.forEach((lines, i) => {
      drawCell(doc, lines, x + PAD_X, y + PAD_Y, widths[i] - 2 * PAD_X, columns[i].align);
      x += widths[i];
    });
    y += h;
    doc.save().moveTo(MARGIN.left, y).lineTo(MARGIN.left + total, y).lineWidth(0.4).strokeColor(COLOR.rule).stroke().restore();
  });
  return y + 10;
}
