import request from 'supertest';
import { VerificationCounter } from '../../src/certificates/verification-counter.js';
import { sha256 } from '../../src/documents/index.js';
import { certificationWorld, type CertificationWorld, decidedIn } from '../factories/certification.factory.js';
import { withoutTriggers } from '../utils/test-database.js';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';
import { decodeQrOnPage, pdfText } from '../utils/pdf-inspect.js';

const PUBLIC_KEYS = ['certificationBody', 'expiresOn', 'holderName', 'issuedOn', 'scheme', 'statement', 'status', 'units'];

describe('public verification, status changes and issued PDFs (e2e)', () => {
  let t: TestApp;
  let w: CertificationWorld;
  let cert: { id: string; verificationCode: string; certificateNumber: string; holderName: string };
  let documents: Array<{ id: string; kind: string; sha256: string; size: number }>;
  beforeAll(async () => {
    t = await createTestApp();
    w = await certificationWorld(t);
    await t.db.query(`UPDATE users SET full_name = 'Đặng Thị Hằng Zoë', national_id = '3273015704950002' WHERE id = $1`, [w.candidate.user.id]);
    const { decision } = await decidedIn(w, 'K');
    cert = decision.certificate;
    documents = decision.documents;
  });
  afterAll(() => t.close());

  const verify = (code: string) => request(t.http).get(`/public/verify/${code}`);

  it('shows a valid certificate by code and by number, with exactly the public fields', async () => {
    const res = await verify(cert.verificationCode).expect(200);
    expect(Object.keys(res.body).sort()).toEqual(PUBLIC_KEYS);
    expect(Object.keys(res.body.scheme).sort()).toEqual(['code', 'titleEn', 'titleId']);
    expect(Object.keys(res.body.certificationBody).sort()).toEqual(['licenseNumber', 'name']);
    for (const u of res.body.units) expect(Object.keys(u).sort()).toEqual(['code', 'titleEn', 'titleId']);
    expect(res.body).toMatchObject({ holderName: 'Đặng Thị Hằng Zoë', status: 'active', statement: 'This certificate is valid.' });
    expect(res.body.certificationBody).toEqual({ name: w.body.name, licenseNumber: w.body.licenseNumber });
    expect(JSON.stringify(res.body)).not.toMatch(/3273015704950002|0002|verificationCode|holderUserId/);
    const byNumber = await request(t.http).get('/public/certificates').query({ number: cert.certificateNumber }).expect(200);
    expect(byNumber.body).toEqual(res.body);
  });

  it('counts every verification', async () => {
    const counter = t.app.get(VerificationCounter);
    await counter.flush();
    const before = Number((await t.db.query(`SELECT verification_count FROM certificates WHERE id = $1`, [cert.id]))[0].verification_count);
    await verify(cert.verificationCode).expect(200);
    await verify(cert.verificationCode).expect(200);
    await counter.flush();
    const after = Number((await t.db.query(`SELECT verification_count FROM certificates WHERE id = $1`, [cert.id]))[0].verification_count);
    expect(after - before).toBe(2);
  });

  it('answers unknown codes and numbers with a plain not-found problem', async () => {
    const res = await verify('AAAAAAAAAAAAAAAAAAAAAAAAAAA').expect(404);
    expect(res.body).toMatchObject({ code: 'CERTIFICATE.NOT_FOUND', status: 404 });
    expect(res.body.detail).toMatch(/No certificate matches/);
    await verify('x').expect(404);
    await request(t.http).get('/public/certificates').query({ number: 'NO-SUCH-NUMBER' }).expect(404);
  });

  it('says plainly when a certificate is suspended, reinstated, withdrawn (final) or expired', async () => {
    const { decision } = await decidedIn(w, 'K');
    const c = decision.certificate;
    const change = (action: string) => request(t.http).post(`/certificates/${c.id}/${action}`).set(w.admin.auth).send({ reason: 'Bukti surveilan tidak diserahkan' });
    await request(t.http).post(`/certificates/${c.id}/suspend`).set(w.admin.auth).send({}).expect(400);
    expect((await change('suspend')).status).toBe(200);
    expect((await verify(c.verificationCode).expect(200)).body).toMatchObject({ status: 'suspended', statement: expect.stringMatching(/suspended/) });
    expect((await change('reinstate')).body.status).toBe('active');
    const withdrawn = await change('withdraw');
    expect(withdrawn.body.history.map((h: { action: string }) => h.action)).toEqual(['issue', 'suspend', 'reinstate', 'withdraw']);
    expect((await verify(c.verificationCode).expect(200)).body).toMatchObject({ status: 'withdrawn', statement: expect.stringMatching(/withdrawn/) });
    const again = await change('reinstate');
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('CERTIFICATE.ILLEGAL_TRANSITION');
    expect((await t.db.query(`SELECT count(*)::int AS n FROM audit_entries WHERE entity_id = $1 AND action LIKE 'certificate.%'`, [c.id]))[0].n).toBe(4);

    const { decision: d2 } = await decidedIn(w, 'K');
    await withoutTriggers(t.db, `UPDATE certificates SET issued_on = current_date - 1200, expires_on = current_date - 1 WHERE id = $1`, [d2.certificate.id]);
    expect((await verify(d2.certificate.verificationCode).expect(200)).body).toMatchObject({ status: 'expired', statement: expect.stringMatching(/expired/) });
  });

  it('serves the issued certificate PDF: fields, QR to the verification URL, stored hash, determinism', async () => {
    const doc = documents.find((d) => d.kind === 'certificate')!;
    const first = await request(t.http).get(`/documents/${doc.id}`).set(w.candidate.auth).buffer(true).parse(binary as never).expect(200);
    expect(first.headers['content-type']).toBe('application/pdf');
    const pdf = first.body as Buffer;
    expect(sha256(pdf)).toBe(doc.sha256);
    expect(pdf.length).toBe(doc.size);
    const second = await request(t.http).get(`/documents/${doc.id}`).set(w.auditor.auth).buffer(true).parse(binary as never).expect(200);
    expect(Buffer.compare(second.body, pdf)).toBe(0);
    const text = (await pdfText(pdf)).pages.join('\n');
    expect(text).toContain('Đặng Thị Hằng Zoë');
    expect(text).toContain(cert.certificateNumber);
    expect(text).toContain(w.scheme.tree.units[0].code);
    expect(await decodeQrOnPage(pdf, 1)).toBe(`https://verifikasi.lsp.example/v/${cert.verificationCode}`);
    const stored = (await t.db.query(`SELECT sha256 FROM issued_documents WHERE id = $1`, [doc.id]))[0].sha256;
    expect(stored).toBe(sha256(pdf));

    const letter = documents.find((d) => d.kind === 'decision-letter')!;
    const letterPdf = (await request(t.http).get(`/documents/${letter.id}`).set(w.decisionMaker.auth).buffer(true).parse(binary as never).expect(200)).body;
    expect((await pdfText(letterPdf)).pages.join(' ')).toContain('Đặng Thị Hằng Zoë');
    const record = documents.find((d) => d.kind === 'assessment-record')!;
    const recordPdf = (await request(t.http).get(`/documents/${record.id}`).set(w.admin.auth).buffer(true).parse(binary as never).expect(200)).body;
    expect((await pdfText(recordPdf)).pages.join(' ')).toContain(w.scheme.tree.units[0].code);
  });

  it('tells an issued PDF from a one-byte-changed copy, by upload or raw body', async () => {
    const doc = documents.find((d) => d.kind === 'certificate')!;
    const pdf = (await request(t.http).get(`/documents/${doc.id}`).set(w.admin.auth).buffer(true).parse(binary as never).expect(200)).body as Buffer;
    const raw = await request(t.http).post('/documents/authenticity').set('Content-Type', 'application/pdf').send(pdf).expect(200);
    expect(raw.body).toEqual({ authentic: true, kind: 'certificate', subject: { type: 'certificate', id: cert.id } });
    const upload = await request(t.http).post('/documents/authenticity').attach('file', pdf, 'sertifikat.pdf').expect(200);
    expect(upload.body.authentic).toBe(true);
    const tampered = Buffer.from(pdf);
    tampered[Math.floor(tampered.length / 2)] ^= 0x01;
    const bad = await request(t.http).post('/documents/authenticity').set('Content-Type', 'application/pdf').send(tampered).expect(200);
    expect(bad.body).toEqual({ authentic: false, kind: null, subject: null });
    await request(t.http).post('/documents/authenticity').send({}).expect(400);
  });

  it('re-renders a batch of certificates on the worker pool, each hashing as issued', async () => {
    const res = await request(t.http).post('/certificates/render-batch').set(w.admin.auth).send({ certificateIds: [cert.id] }).expect(200);
    expect(res.body.items).toEqual([expect.objectContaining({ certificateId: cert.id, matchesIssued: true })]);
  });
});

/** Collects a binary response body into a Buffer (supertest parser). */
const binary = (res: import('node:stream').Readable, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};
