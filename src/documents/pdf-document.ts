import PDFDocument from 'pdfkit';
import { documentHash } from './document-hash.js';
import type { IsoDate } from './document-models.js';
import { FONT, registerFonts } from './pdf-fonts.js';

export const PRODUCER = 'Kompeten document engine';

export const MARGIN = { top: 56, bottom: 64, left: 56, right: 56 } as const;

export const COLOR = {
  ink: '#1b1f24',
  muted: '#5f6b76',
  rule: '#b9c0c7',
  faint: '#eef1f4',
  accent: '#1f3a5f',
  gold: '#a3812c',
} as const;

export interface DocumentOptions {
  readonly kind: string;
  readonly model: unknown;
  readonly title: string;
  readonly author: string;
  /** Fixed CreationDate/ModDate: the document's own date, never the wall clock. */
  readonly date: IsoDate;
  readonly footer?: string;
}

/**
 * An A4 pdfkit document whose bytes depend only on the model: fixed info dates and producer, and a trailer
 * /ID taken from the model's canonical hash (pdfkit derives it from the info dict, which would make two
 * different models with equal titles share an ID). Fonts are registered from the process-wide cache.
 */
export function createDocument(options: DocumentOptions): PDFKit.PDFDocument {
  const when = isoDateToUtc(options.date);
  const doc = new PDFDocument({
    size: 'A4',
    // No default standard font: pdfkit would parse Helvetica's metrics for every document and embed a font
    // reference nothing uses. Our registered Sans becomes the default below.
    font: null as unknown as string,
    margins: { ...MARGIN },
    bufferPages: true,
    lang: 'id-ID',
    displayTitle: true,
    info: {
      Title: options.title,
      Author: options.author,
      Producer: PRODUCER,
      Creator: PRODUCER,
      CreationDate: when,
      ModDate: when,
    },
  });
  const id = Buffer.from(documentHash(options.kind, options.model), 'hex').subarray(0, 16);
  (doc as unknown as { _id: Uint8Array })._id = new Uint8Array(id);
  registerFonts(doc);
  doc.font(FONT.sans);
  return doc;
}

/** Ends the document, stamps page footers ("page x / y", from page `firstFooterPage`) and resolves with the bytes. */
export function finishDocument(doc: PDFKit.PDFDocument, footer: string, firstFooterPage = 0): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const range = doc.bufferedPageRange();
  for (let i = range.start + firstFooterPage; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing inside the bottom margin must not trigger a page break
    const y = doc.page.height - 40;
    const width = doc.page.width - MARGIN.left - MARGIN.right;
    doc.save().moveTo(MARGIN.left, y - 8).lineTo(MARGIN.left + width, y - 8).lineWidth(0.4).strokeColor(COLOR.rule).stroke().restore();
    doc.font('Sans').fontSize(7).fillColor(COLOR.muted);
    doc.text(footer, MARGIN.left, y, { width: width - 100, height: 10, lineBreak: false, ellipsis: true });
    doc.text(`Halaman / Page ${i - range.start + 1} / ${range.count}`, MARGIN.left, y, { width, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}

export function isoDateToUtc(date: IsoDate): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not an ISO date: ${date}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "22 November 2026" (Indonesian month names; no Intl, so output never depends on the ICU build). */
export function formatDateId(date: IsoDate): string {
  const d = isoDateToUtc(date);
  return `${d.getUTCDate()} ${MONTHS_ID[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

export function formatDateEn(date: IsoDate): string {
  const d = isoDateToUtc(date);
  return `${MONTHS_EN[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}

const NUMBER_WORDS_ID = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh'];
const NUMBER_WORDS_EN = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "3 (tiga) tahun" / "3 (three) years", the wording printed on BNSP certificates. */
export function validityWords(years: number): { id: string; en: string } {
  const id = NUMBER_WORDS_ID[years] ?? String(years);
  const en = NUMBER_WORDS_EN[years] ?? String(years);
  return { id: `${years} (${id}) tahun`, en: `${years} (${en}) year${years === 1 ? '' : 's'}` };
}

export function verdictWords(verdict: 'K' | 'BK'): { id: string; en: string } {
  return verdict === 'K' ? { id: 'Kompeten', en: 'Competent' } : { id: 'Belum Kompeten', en: 'Not yet competent' };
}
