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
    const parsed = (probe as unknown as { _font: { font: FontkitFont } })._font.font;
    fonts.set(FONT[key], withSharedCaches(parsed) as unknown as FontSource);
  }
  return fonts;
}

interface GlyphRun {
  positions: Record<string, number>[];
}

interface Glyph {
  _decode(): unknown;
}

interface FontkitFont {
  layout(text: string, features?: unknown): GlyphRun;
  getGlyph(id: number, codePoints?: number[]): Glyph | null;
}

/** Bounds the shared layout cache: names and numbers differ per document, so it must not grow forever. */
const MAX_CACHED_RUNS = 20_000;
const decodeMemoised = new WeakSet<Glyph>();

/**
 * Wraps a parsed font (prototype delegation, so fontkit's own caches stay shared) with two process-wide
 * memos that pdfkit only keeps per document: shaped runs per word (pdfkit lays out every word again in each
 * new document) and decoded glyf outlines (the subsetter decodes every used glyph again to find composite
 * components). Runs are handed out with fresh position objects because pdfkit scales them in place.
 */
function withSharedCaches(font: FontkitFont): FontkitFont {
  const runs = new Map<string, GlyphRun>();
  const wrapped = Object.create(font) as FontkitFont;
  wrapped.layout = (text, features) => {
    if (features !== undefined) return font.layout.call(wrapped, text, features);
    let run = runs.get(text);
    if (!run) {
      if (runs.size >= MAX_CACHED_RUNS) runs.clear();
      run = font.layout.call(wrapped, text);
      runs.set(text, run);
    }
    return Object.assign(Object.create(Object.getPrototypeOf(run) as object) as GlyphRun, run, {
      positions: run.positions.map((p) => ({ ...p })),
    });
  };
  wrapped.getGlyph = (id, codePoints) => {
    const glyph = font.getGlyph.call(wrapped, id, codePoints);
    if (glyph && !decodeMemoised.has(glyph)) {
      decodeMemoised.add(glyph);
      const decode = glyph._decode.bind(glyph);
      let decoded: { value: unknown } | undefined;
      glyph._decode = () => (decoded ??= { value: decode() }).value;
    }
    return glyph;
  };
  return wrapped;
}

export function registerFonts(doc: PDFKit.PDFDocument): void {
  cache ??= loadFonts();
  for (const [name, source] of cache) doc.registerFont(name, source);
}
