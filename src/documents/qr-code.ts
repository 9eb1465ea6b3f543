import QRCode from 'qrcode';

/**
 * Draws `text` as a QR code of `size` points (quiet zone included) with vector rectangles: one path of
 * horizontal runs filled once, so it stays sharp at any zoom and costs a few hundred path operators.
 */
export function drawQrCode(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number, color = '#000000'): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 2;
  const cell = size / (modules.size + 2 * quiet);
  doc.save();
  doc.rect(x, y, size, size).fill('#ffffff');
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      // A hair of overlap avoids anti-aliasing seams between adjacent runs when rasterised.
      doc.rect(x + (quiet + start) * cell, y + (quiet + row) * cell, (col - start) * cell + 0.01, cell + 0.01);
    }
  }
  doc.fill(color);
  doc.restore();
}
