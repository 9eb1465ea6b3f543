import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';

/** Font names registered on every document. DejaVu covers Latin Extended and Vietnamese diacritics. */
export const FONT = {
  sans: 'Sans',
  sansBold: 'SansBold',
  serif: 'Serif',
  serifBold: 'SerifBold',
  serifItalic: 'SerifItalic',
} as const;

const FILES: Record<keyof typeof FONT, string> = {
  sans: 'DejaVuSans.ttf',
  sansBold: 'DejaVuSans-Bold.ttf',
  serif: 'DejaVuSerif.ttf',
  serifBold: 'DejaVuSerif-Bold.ttf',
  serifItalic: 'DejaVuSerif-Italic.ttf',
};

// A parsed fontkit font; the pdfkit typings only list file/bytes sources.
type FontSource = PDFKit.Mixins.PDFFontSource;

let cache: Map<string, FontSource> | undefined;

/**
 * Reads and parses the fonts once per process (or worker). We keep pdfkit's own parsed fontkit objects
 * (pdfkit accepts any object with `layout()` as a font source): parsing a 750 KB TTF per document costs
 * ~5x the whole render. pdfkit subsets per document, so sharing the parsed font does not leak glyphs.
 */
function loadFonts(): Map<string, FontSource> {
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  const probe = new PDFDocument({ autoFirstPage: false });
  const fonts = new Map<string, FontSource>();
  for (const [key, file] of Object.entries(FILES) as [keyof typeof FONT, string][]) {
    probe.font(readFileSync(join(dir, file)));
    const parsed = (probe as unknown as { _font: { font: FontSource } })._font.font;
    fonts.set(FONT[key], parsed);
  }
  return fonts;
}

export function registerFonts(doc: PDFKit.PDFDocument): void {
  cache ??= loadFonts();
  for (const [name, source] of cache) doc.registerFont(name, source);
}
