import jsQRModule from 'jsqr';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

// jsqr is a CommonJS bundle whose typings declare an ES default export.
const jsQR = ((jsQRModule as unknown as { default?: typeof jsQRModule }).default ?? jsQRModule) as unknown as typeof jsQRModule.default;

type PdfDocumentProxy = Awaited<ReturnType<typeof getDocument>['promise']>;

async function open(buffer: Uint8Array): Promise<PdfDocumentProxy> {
  // pdfjs transfers (detaches) the array it is given: hand it a copy.
  return getDocument({ data: new Uint8Array(buffer), verbosity: 0, isEvalSupported: false }).promise;
}

/** Text of every page, items joined by spaces, pages by newlines. */
export async function pdfText(buffer: Uint8Array): Promise<{ pages: string[]; numPages: number }> {
  const pdf = await open(buffer);
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '));
  }
  const numPages = pdf.numPages;
  await pdf.destroy();
  return { pages, numPages };
}

/** Rasterises one page to RGBA at `scale` (1 = 72 dpi). */
export async function rasterizePage(buffer: Uint8Array, pageNumber: number, scale: number): Promise<{ data: Uint8ClampedArray; width: number; height: number; png: () => Buffer }> {
  const pdf = await open(buffer);
  const page = await pdf.getPage(pageNumber);
  const viewport = page.getViewport({ scale });
  // pdfjs bundles its own @napi-rs/canvas; its Path2D only works on canvases from that same copy.
  const { canvas, context } = (pdf.canvasFactory as { create(w: number, h: number): unknown }).create(Math.ceil(viewport.width), Math.ceil(viewport.height)) as { canvas: any; context: any };
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({ canvas, canvasContext: context, viewport }).promise;
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  await pdf.destroy();
  return { data: image.data as Uint8ClampedArray, width: canvas.width as number, height: canvas.height as number, png: () => canvas.toBuffer('image/png') as Buffer };
}

/** Finds and decodes a QR code on the page. */
export async function decodeQrOnPage(buffer: Uint8Array, pageNumber: number): Promise<string | undefined> {
  const { data, width, height } = await rasterizePage(buffer, pageNumber, 2);
  return jsQR(data, width, height)?.data;
}
