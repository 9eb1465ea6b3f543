import { createHash, randomBytes } from 'node:crypto';
import { ZipArchive } from 'archiver';
import QRCode from 'qrcode';

export const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** A small but real PDF; `size` pads it with a comment so each call gives unique content. */
export function pdfBytes(size = 2000): Buffer {
  const head = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n');
  const tail = Buffer.from('\ntrailer <<>>\n%%EOF\n');
  const pad = Buffer.from(`%${randomBytes(Math.max(1, size)).toString('base64').slice(0, Math.max(1, size - head.length - tail.length - 1))}`);
  return Buffer.concat([head, pad, tail]);
}

export function pngBytes(): Promise<Buffer> {
  return QRCode.toBuffer(`kompeten-${randomBytes(8).toString('hex')}`);
}

/** Executable headers: Linux ELF and Windows PE (MZ). */
export const elfBytes = () => Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), randomBytes(4000)]);
export const mzBytes = () =>
  Buffer.concat([Buffer.from('MZ'), Buffer.alloc(58), Buffer.from([0x80, 0, 0, 0]), randomBytes(4000)]);

/** A minimal Office Open XML word document (what file-type needs to call it docx). */
export const docxBytes = () =>
  zipOf({
    '[Content_Types].xml': '<?xml version="1.0"?><Types/>',
    '_rels/.rels': '<?xml version="1.0"?><Relationships/>',
    'word/document.xml': `<?xml version="1.0"?><w:document>${randomBytes(8).toString('hex')}</w:document>`,
  });

/** A plain zip archive: not an allowed evidence type. */
export const zipBytes = () => zipOf({ 'notes.txt': randomBytes(50).toString('hex') });

async function zipOf(entries: Record<string, string>): Promise<Buffer> {
  const zip = new ZipArchive();
  const parts: Buffer[] = [];
  zip.on('data', (c: Buffer) => parts.push(c));
  const done = new Promise((resolve, reject) => {
    zip.on('end', resolve);
    zip.on('error', reject);
  });
  for (const [name, content] of Object.entries(entries)) zip.append(content, { name });
  await zip.finalize();
  await done;
  return Buffer.concat(parts);
}
