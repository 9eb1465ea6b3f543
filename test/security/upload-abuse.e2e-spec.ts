import { ZipArchive } from 'archiver';
import { createHash } from 'node:crypto';
import { crc32, createDeflateRaw } from 'node:zlib';
import request from 'supertest';
import { createBody, signedIn } from '../factories/identity.factory.js';
import { docxBytes, pdfBytes } from '../factories/evidence.factory.js';
import { EVIDENCE_STORAGE, type EvidenceStorage } from '../../src/evidence/storage/evidence-storage.js';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';
import { EICAR, FakeClamd } from '../utils/fake-clamd.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const ZEROS = 300 * 1024 * 1024;

/** A DOCX whose media part is 300 MB of zeros, deflated while streaming (the file itself stays ~300 KB). */
async function zipBombDocx(): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (c: Buffer) => parts.push(c));
  const chunk = Buffer.alloc(1024 * 1024);
  let crc = 0;
  for (let written = 0; written < ZEROS; written += chunk.length) {
    crc = crc32(chunk, crc);
    if (!deflate.write(chunk)) await new Promise((r) => deflate.once('drain', r));
  }
  await new Promise((r) => deflate.end(r));
  const zip = new ZipArchive();
  const out: Buffer[] = [];
  zip.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((resolve, reject) => (zip.on('end', resolve), zip.on('error', reject)));
  zip.append('<?xml version="1.0"?><Types/>', { name: '[Content_Types].xml' });
  zip.append('<?xml version="1.0"?><Relationships/>', { name: '_rels/.rels' });
  zip.append('<?xml version="1.0"?><w:document/>', { name: 'word/document.xml' });
  zip.append(Buffer.from('placeholder'), { name: 'word/media/zeros.bin', store: true });
  await zip.finalize();
  await done;
  return patchEntry(Buffer.concat(out), Buffer.concat(parts), crc);
}

/** Replaces the stored placeholder entry (the last one) by the deflated zeros, fixing both headers. */
function patchEntry(zip: Buffer, deflated: Buffer, crc: number): Buffer {
  const local = zip.lastIndexOf(Buffer.from('PK\x03\x04', 'latin1'));
  const nameLength = zip.readUInt16LE(local + 26);
  const dataStart = local + 30 + nameLength + zip.readUInt16LE(local + 28);
  const central = zip.indexOf(Buffer.from('PK\x01\x02', 'latin1'), dataStart);
  const header = Buffer.from(zip.subarray(local, dataStart));
  const setSizes = (b: Buffer, at: number) => {
    b.writeUInt16LE(8, at + 8); // method: deflate
    b.writeUInt32LE(crc >>> 0, at + 14);
    b.writeUInt32LE(deflated.length, at + 18);
    b.writeUInt32LE(ZEROS, at + 22);
  };
  header.writeUInt16LE(header.readUInt16LE(6) & ~0x08, 6); // no data descriptor
  setSizes(header, 0);
  const cd = Buffer.from(zip.subarray(central));
  const shift = header.length + deflated.length - (central - local);
  let at = 0;
  while (cd.readUInt32LE(at) === 0x02014b50) {
    if (cd.readUInt32LE(at + 42) === local) {
      cd.writeUInt16LE(cd.readUInt16LE(at + 8) & ~0x08, at + 8);
      setSizes(cd, at + 2);
    }
    at += 46 + cd.readUInt16LE(at + 28) + cd.readUInt16LE(at + 30) + cd.readUInt16LE(at + 32);
  }
  cd.writeUInt32LE(cd.readUInt32LE(at + 16) + shift, at + 16); // end record: central directory offset
  return Buffer.concat([zip.subarray(0, local), header, deflated, cd]);
}

/** An allowed PDF whose body carries the EICAR string. */
const pdfWithEicar = () => Buffer.concat([Buffer.from('%PDF-1.4\n1 0 obj <<>> stream\n'), Buffer.from(EICAR), Buffer.from('\nendstream endobj\ntrailer <<>>\n%%EOF\n')]);

describe('Upload abuse: zip bombs and antivirus (ASVS 5.2.3, 5.4.3)', () => {
  let t: TestApp;
  let auth: Record<string, string>;
  let candidateId: string;
  const clamd = new FakeClamd();

  beforeAll(async () => {
    await clamd.start();
    t = await createTestApp({ CLAMAV_HOST: '127.0.0.1', CLAMAV_PORT: String(clamd.port), CLAMAV_TIMEOUT_MS: '5000' });
    const body = await createBody(t.db);
    const candidate = await signedIn(t.db, t.http, body, ['candidate']);
    auth = candidate.auth;
    candidateId = candidate.user.id;
  });
  afterAll(async () => {
    await clamd.stop();
    await t?.close();
  });

  const upload = (bytes: Buffer, name: string, type?: string) =>
    request(t.http).post('/portfolio-items').set(auth).field('title', 'Bukti').field('evidenceType', 'indirect')
      .attach('file', bytes, type ? { filename: name, contentType: type } : name);
  const stored = async (bytes: Buffer) =>
    (await t.app.get<EvidenceStorage>(EVIDENCE_STORAGE).stat(createHash('sha256').update(bytes).digest('hex'))) !== null;
  const rows = async () => Number((await t.db.query('SELECT count(*) FROM portfolio_items WHERE candidate_user_id = $1', [candidateId]))[0].count);

  it('accepts a clean PDF and a normal DOCX after scanning them', async () => {
    const before = clamd.scans;
    expect((await upload(pdfBytes(), 'ijazah.pdf')).status).toBe(201);
    expect((await upload(await docxBytes(), 'laporan.docx', DOCX)).status).toBe(201);
    expect(clamd.scans).toBe(before + 2);
  });

  it('refuses a DOCX that unpacks to 300 MB (422 EVIDENCE.ARCHIVE_SUSPICIOUS), stores nothing', async () => {
    const bomb = await zipBombDocx();
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const before = await rows();
    const res = await upload(bomb, 'laporan.docx', DOCX);
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.code).toBe('EVIDENCE.ARCHIVE_SUSPICIOUS');
    expect(res.body.detail).toMatch(/unpacks to 3145\d{5} bytes \(limit 209715200\)/);
    expect(await rows()).toBe(before);
    expect(await stored(bomb)).toBe(false);
  }, 60_000);

  it('refuses the bare EICAR file on its type, before any scan', async () => {
    const res = await upload(Buffer.from(EICAR), 'eicar.pdf', 'application/pdf');
    expect(res.status).toBe(415);
    expect(res.body.code).toBe('EVIDENCE.TYPE_NOT_ALLOWED');
  });

  it('refuses an allowed PDF carrying EICAR: 422 EVIDENCE.INFECTED, no row, no bytes, no audit entry', async () => {
    const before = await rows();
    const bytes = pdfWithEicar();
    const res = await upload(bytes, 'sertifikat.pdf');
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'EVIDENCE.INFECTED', signature: 'Eicar-Signature' });
    expect(res.body.detail).toMatch(/malware/);
    expect(await rows()).toBe(before);
    const audited = await t.db.query(`SELECT count(*) FROM audit_entries WHERE action = 'portfolio_item.uploaded' AND actor_user_id = $1`, [candidateId]);
    expect(Number(audited[0].count)).toBe(2);
    expect(await stored(bytes)).toBe(false);
  });

  it('answers 503 EVIDENCE.SCANNER_UNAVAILABLE when clamd is down, and stores nothing', async () => {
    await clamd.stop();
    const before = await rows();
    const res = await upload(pdfBytes(), 'ijazah.pdf');
    expect(res.status).toBe(503);
    expect(res.body.code).toBe('EVIDENCE.SCANNER_UNAVAILABLE');
    expect(await rows()).toBe(before);
  });
});
