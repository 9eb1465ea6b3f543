import { existsSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { EvidenceService } from '../../src/evidence/evidence.service.js';
import { FsEvidenceStorage } from '../../src/evidence/storage/fs-evidence-storage.js';
import { createBody, signedIn } from '../factories/identity.factory.js';
import { docxBytes, elfBytes, mzBytes, pdfBytes, pngBytes, sha256, zipBytes } from '../factories/evidence.factory.js';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';

const MAX = 200_000;

describe('portfolio evidence (e2e)', () => {
  let t: TestApp;
  let storage: FsEvidenceStorage;
  beforeAll(async () => {
    t = await createTestApp({ EVIDENCE_MAX_BYTES: String(MAX), EVIDENCE_QUOTA_BYTES: '600000' });
    storage = new FsEvidenceStorage(join(t.config.dataDir, 'evidence'));
  });
  afterAll(() => t.close());

  const candidate = async () => {
    const body = await createBody(t.db);
    return { body, ...(await signedIn(t.db, t.http, body, ['candidate'])) };
  };

  const upload = (auth: Record<string, string>, file: Buffer, name = 'bukti.pdf', type = 'application/pdf', fields: Record<string, string | string[]> = {}) => {
    let req = request(t.http).post('/portfolio-items').set(auth);
    for (const [k, v] of Object.entries({ title: 'Sertifikat pelatihan', evidenceType: 'indirect', ...fields })) {
      for (const value of [v].flat()) req = req.field(k, value);
    }
    return req.attach('file', file, { filename: name, contentType: type });
  };

  const rowCount = async (userId: string) =>
    Number((await t.db.query(`SELECT count(*) AS n FROM portfolio_items WHERE candidate_user_id = $1`, [userId]))[0].n);

  it('uploads a PDF, records its SHA-256 and stores identical content once', async () => {
    const a = await candidate();
    const pdf = pdfBytes(5000);
    const res = await upload(a.auth, pdf, 'sertifikat.pdf', 'application/pdf', {
      description: 'BLK Bandung', workDate: '2025-08-14', issuer: 'BLK Bandung',
      criterionIds: ['6f1c1b52-3a0e-4d8e-9f4a-0d1c2b3a4e5f'],
    }).expect(201);
    expect(res.body).toMatchObject({
      sha256: sha256(pdf), sizeBytes: pdf.length, mediaType: 'application/pdf', status: 'draft', version: 1,
      evidenceType: 'indirect', workDate: '2025-08-14', originalFileName: 'sertifikat.pdf',
      criterionIds: ['6f1c1b52-3a0e-4d8e-9f4a-0d1c2b3a4e5f'], candidateUserId: a.user.id,
    });
    expect(existsSync(storage.pathFor(sha256(pdf)))).toBe(true);

    const b = await candidate();
    const again = await upload(b.auth, pdf).expect(201);
    expect(again.body.sha256).toBe(res.body.sha256);
    const keys: string[] = [];
    for await (const k of storage.list()) keys.push(k);
    expect(keys.filter((k) => k === sha256(pdf))).toHaveLength(1);
    const [audit] = await t.db.query(`SELECT action FROM audit_entries WHERE entity_id = $1`, [res.body.id]);
    expect(audit.action).toBe('portfolio_item.uploaded');
  });

  it('accepts PNG, XLSX and DOCX detected from content', async () => {
    const a = await candidate();
    await upload(a.auth, await pngBytes(), 'foto.png', 'image/png').expect(201);
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Log').addRow(['Tanggal', 'Kegiatan']);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await upload(a.auth, xlsx, 'logbook.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.status).toBe(201);
    expect(res.body.mediaType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    const docx = await upload(a.auth, await docxBytes(), 'cv.docx', docxType);
    expect(docx.status).toBe(201);
    expect(docx.body.mediaType).toBe(docxType);
    const zipAsDocx = await upload(a.auth, await zipBytes(), 'cv.docx', docxType);
    expect(zipAsDocx.status).toBe(415);
  });

  it.each([
    ['an ELF executable named .pdf', elfBytes, 'ijazah.pdf', 'application/pdf', 'EVIDENCE.TYPE_NOT_ALLOWED'],
    ['a Windows executable named .pdf', mzBytes, 'ijazah.pdf', 'application/pdf', 'EVIDENCE.TYPE_NOT_ALLOWED'],
    ['a real PDF named .png', () => pdfBytes(), 'foto.png', 'image/png', 'EVIDENCE.TYPE_MISMATCH'],
    ['a PDF declared as image/png', () => pdfBytes(), 'bukti.pdf', 'image/png', 'EVIDENCE.TYPE_MISMATCH'],
  ])('refuses %s with 415 and keeps no row', async (_label, make, name, type, code) => {
    const a = await candidate();
    const res = await upload(a.auth, make(), name, type);
    expect(res.status).toBe(415);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.code).toBe(code);
    expect(await rowCount(a.user.id)).toBe(0);
  });

  it('refuses an oversize file with 413 and leaves no temp file behind', async () => {
    const a = await candidate();
    const res = await upload(a.auth, pdfBytes(MAX + 50_000));
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('EVIDENCE.FILE_TOO_LARGE');
    expect(await rowCount(a.user.id)).toBe(0);
    expect(await storage.cleanupTemp(new Date(Date.now() + 60_000))).toBe(0);
  });

  it('refuses an empty file and a missing file', async () => {
    const a = await candidate();
    const empty = await upload(a.auth, Buffer.alloc(0));
    expect(empty.status).toBe(422);
    expect(empty.body.code).toBe('EVIDENCE.EMPTY_FILE');
    const none = await request(t.http).post('/portfolio-items').set(a.auth).field('title', 'x').field('evidenceType', 'direct');
    expect(none.status).toBe(400);
    expect(none.body.errors).toEqual([expect.objectContaining({ pointer: '/file' })]);
    expect(await rowCount(a.user.id)).toBe(0);
  });

  it('validates metadata all-or-nothing', async () => {
    const a = await candidate();
    const res = await upload(a.auth, pdfBytes(), 'a.pdf', 'application/pdf', { evidenceType: 'hearsay', workDate: '14/08/2025', extra: 'x' });
    expect(res.status).toBe(400);
    const pointers = res.body.errors.map((e: { pointer: string }) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/evidenceType', '/workDate', '/extra']));
    expect(await rowCount(a.user.id)).toBe(0);
  });

  it('sanitises a path-traversal file name and never uses it as a path', async () => {
    const a = await candidate();
    const pdf = pdfBytes();
    const res = await upload(a.auth, pdf, '../../etc/passwd.pdf').expect(201);
    expect(res.body.originalFileName).toBe('passwd.pdf');
    expect(existsSync(join(t.config.dataDir, 'etc'))).toBe(false);
    expect(existsSync(storage.pathFor(sha256(pdf)))).toBe(true);
    const dl = await request(t.http).get(`/portfolio-items/${res.body.id}/content`).set(a.auth).expect(200);
    expect(dl.headers['content-disposition']).toBe(`attachment; filename="passwd.pdf"; filename*=UTF-8''passwd.pdf`);
  });

  it('downloads with safe headers and serves byte ranges', async () => {
    const a = await candidate();
    const pdf = pdfBytes(3000);
    const { body: item } = await upload(a.auth, pdf, 'laporan akhir.pdf').expect(201);
    const url = `/portfolio-items/${item.id}/content`;
    const full = await request(t.http).get(url).set(a.auth).buffer(true).expect(200);
    expect(Buffer.from(full.body).equals(pdf)).toBe(true);
    expect(full.headers).toMatchObject({
      'content-type': 'application/pdf',
      'x-content-type-options': 'nosniff',
      'accept-ranges': 'bytes',
      'content-disposition': `attachment; filename="laporan akhir.pdf"; filename*=UTF-8''laporan%20akhir.pdf`,
    });
    const part = await request(t.http).get(url).set({ ...a.auth, Range: 'bytes=10-19' }).buffer(true).expect(206);
    expect(part.headers['content-range']).toBe(`bytes 10-19/${pdf.length}`);
    expect(Buffer.from(part.body).equals(pdf.subarray(10, 20))).toBe(true);
    const bad = await request(t.http).get(url).set({ ...a.auth, Range: `bytes=${pdf.length}-` });
    expect(bad.status).toBe(416);
  });

  it('lets admins and auditors of the body read, and answers 404 to another candidate and another body', async () => {
    const a = await candidate();
    const { body: item } = await upload(a.auth, pdfBytes()).expect(201);
    const url = `/portfolio-items/${item.id}/content`;
    for (const role of ['admin', 'auditor'] as const) {
      const staff = await signedIn(t.db, t.http, a.body, [role]);
      await request(t.http).get(url).set(staff.auth).expect(200);
    }
    const other = await signedIn(t.db, t.http, a.body, ['candidate']);
    const assessor = await signedIn(t.db, t.http, a.body, ['assessor']);
    const foreignAdmin = await signedIn(t.db, t.http, await createBody(t.db), ['admin']);
    for (const who of [other, assessor, foreignAdmin]) {
      const res = await request(t.http).get(url).set(who.auth);
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('PORTFOLIO_ITEM.NOT_FOUND');
      await request(t.http).get(`/portfolio-items/${item.id}`).set(who.auth).expect(404);
    }
  });

  it('refuses edits of a locked item with 409 and keeps a version chain', async () => {
    const a = await candidate();
    const { body: v1 } = await upload(a.auth, pdfBytes(), 'v1.pdf', 'application/pdf', { issuer: 'PT Maju' }).expect(201);
    const evidence = t.app.get(EvidenceService);
    await t.db.transaction((em) => evidence.lockItems(em, a.body.id, [v1.id]));

    const edit = await request(t.http).patch(`/portfolio-items/${v1.id}`).set(a.auth).send({ title: 'Baru' });
    expect(edit.status).toBe(409);
    expect(edit.body.code).toBe('EVIDENCE.LOCKED');
    expect((await request(t.http).delete(`/portfolio-items/${v1.id}`).set(a.auth)).status).toBe(409);

    const pdf2 = pdfBytes();
    const v2 = await request(t.http).post(`/portfolio-items/${v1.id}/versions`).set(a.auth)
      .field('title', 'Sertifikat (perbaikan)').attach('file', pdf2, { filename: 'v2.pdf', contentType: 'application/pdf' })
      .expect(201);
    expect(v2.body).toMatchObject({
      version: 2, previousVersionId: v1.id, status: 'draft', title: 'Sertifikat (perbaikan)', issuer: 'PT Maju', sha256: sha256(pdf2),
    });
    const old = await request(t.http).get(`/portfolio-items/${v1.id}`).set(a.auth).expect(200);
    expect(old.body.status).toBe('locked');
    expect(old.body.supersededAt).not.toBeNull();
    await request(t.http).get(`/portfolio-items/${v1.id}/content`).set(a.auth).expect(200);
    const again = await request(t.http).post(`/portfolio-items/${v1.id}/versions`).set(a.auth)
      .attach('file', pdfBytes(), { filename: 'v3.pdf', contentType: 'application/pdf' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('EVIDENCE.SUPERSEDED');
  });

  it('edits and discards drafts; a discarded item is no longer served', async () => {
    const a = await candidate();
    const { body: item } = await upload(a.auth, pdfBytes()).expect(201);
    const edited = await request(t.http).patch(`/portfolio-items/${item.id}`).set(a.auth).send({ evidenceType: 'supplementary' }).expect(200);
    expect(edited.body.evidenceType).toBe('supplementary');
    await request(t.http).delete(`/portfolio-items/${item.id}`).set(a.auth).expect(204);
    await request(t.http).get(`/portfolio-items/${item.id}/content`).set(a.auth).expect(404);
    const [row] = await t.db.query(`SELECT status FROM portfolio_items WHERE id = $1`, [item.id]);
    expect(row.status).toBe('discarded');
    const list = await request(t.http).get('/portfolio-items').set(a.auth).expect(200);
    expect(list.body.map((i: { status: string }) => i.status)).toEqual(['discarded']);
  });

  it('enforces the per-candidate quota and frees it on discard', async () => {
    const a = await candidate();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await upload(a.auth, pdfBytes(190_000)).expect(201)).body.id);
    const over = await upload(a.auth, pdfBytes(190_000));
    expect(over.status).toBe(413);
    expect(over.body.code).toBe('EVIDENCE.QUOTA_EXCEEDED');
    expect(over.body.detail).toMatch(/quota/);
    expect(await rowCount(a.user.id)).toBe(3);
    await request(t.http).delete(`/portfolio-items/${ids[0]}`).set(a.auth).expect(204);
    await upload(a.auth, pdfBytes(190_000)).expect(201);
  });

  it('keeps the quota under concurrent uploads', async () => {
    const a = await candidate();
    const results = await Promise.all([0, 1, 2, 3].map(() => upload(a.auth, pdfBytes(190_000))));
    expect(results.map((r) => r.status).sort()).toEqual([201, 201, 201, 413]);
    const [q] = await t.db.query(`SELECT used_bytes FROM evidence_quotas WHERE candidate_user_id = $1`, [a.user.id]);
    expect(Number(q.used_bytes)).toBeLessThanOrEqual(600_000);
  });
});
