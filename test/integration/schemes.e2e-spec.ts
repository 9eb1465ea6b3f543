import request from 'supertest';
import type { CertificationBody } from '../../src/certification-bodies/certification-body.entity.js';
import { createBody, signedIn } from '../factories/identity.factory.js';
import { createPublishedScheme, schemeWorkbook, uniqueCode } from '../factories/scheme.factory.js';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';

describe('schemes: drafts, publishing, immutability, new versions (e2e)', () => {
  let t: TestApp;
  let body: CertificationBody;
  let admin: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp();
    body = await createBody(t.db, { certificateValidityMonths: 48 });
    admin = (await signedIn(t.db, t.http, body, ['admin'])).auth;
  });
  afterAll(() => t.close());

  const post = (path: string, send: object = {}) => request(t.http).post(path).set(admin).send(send);

  it('creates a scheme with draft version 1 that takes the validity default from the body and is audited', async () => {
    const res = await post('/schemes', { code: uniqueCode(), titleId: 'Pemrogram Junior', type: 'KKNI', kkniLevel: 2 }).expect(201);
    expect(res.body.status).toBe('draft');
    expect(res.body.versions).toEqual([expect.objectContaining({ number: 1, status: 'draft', certificateValidityMonths: 48, instrumentGeneration: '2023' })]);
    const [audit] = await t.db.query(`SELECT action FROM audit_entries WHERE certification_body_id = $1 AND entity_id = $2`, [body.id, res.body.id]);
    expect(audit.action).toBe('scheme.created');
    const noLevel = await post('/schemes', { code: uniqueCode(), titleId: 'X', type: 'KKNI' });
    expect(noLevel.status).toBe(422);
    expect(noLevel.body.errors).toEqual([expect.objectContaining({ pointer: '/kkniLevel' })]);
    const dup = await post('/schemes', { code: res.body.code, titleId: 'Y', type: 'OKUPASI' });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('SCHEME.CODE_TAKEN');
  });

  it('refuses to publish an incomplete draft and lists every problem at once', async () => {
    const created = await post('/schemes', { code: uniqueCode(), titleId: 'Skema Tidak Lengkap', type: 'KLASTER' }).expect(201);
    const s = created.body.id;
    const v = created.body.versions[0].id;
    const base = `/schemes/${s}/versions/${v}`;
    const empty = await post(`${base}/publish`).expect(422);
    expect(empty.body.errors).toEqual([{ pointer: '/version/units', detail: 'a version needs at least one unit' }]);

    await post(`${base}/units`, { code: 'U.001', titleId: 'Unit tanpa elemen' }).expect(201);
    const u2 = (await post(`${base}/units`, { code: 'U.002', titleId: 'Unit kedua' }).expect(201)).body;
    await post(`${base}/units`, { code: 'u.001', titleId: 'Kode ganda' }).expect(201);
    const e1 = (await post(`${base}/units/${u2.id}/elements`, { number: 1, title: 'Elemen tanpa KUK' }).expect(201)).body;
    const e2 = (await post(`${base}/units/${u2.id}/elements`, { number: 2, title: 'Elemen dua' }).expect(201)).body;
    await post(`${base}/elements/${e2.id}/criteria`, { number: '1.1', text: 'Nomor KUK salah' }).expect(201);
    const res = await post(`${base}/publish`).expect(422);
    expect(res.body.code).toBe('SCHEME_VERSION.CONTENT_INVALID');
    expect(res.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual([
      '/version/units/0/elements', '/version/units/1/elements/0/criteria', '/version/units/1/elements/1/criteria/0/number',
      '/version/units/2/code', '/version/units/2/elements',
    ].sort());
    expect(e1.unitId).toBe(u2.id);
    const still = await request(t.http).get(base).set(admin).expect(200);
    expect(still.body.status).toBe('draft');
  });

  it('answers 409 to every write on a published version and keeps it unchanged', async () => {
    const p = await createPublishedScheme(t, body, admin);
    const base = `/schemes/${p.schemeId}/versions/${p.versionId}`;
    const unit = p.tree.units[0];
    const element = unit.elements[0];
    const criterion = element.criteria[0];
    const question = p.tree.questions[0];
    const writes: Array<[string, string, object?]> = [
      ['patch', base, { surveillanceIntervalMonths: 6 }],
      ['post', `${base}/units`, { code: 'X.1', titleId: 'Baru' }],
      ['patch', `${base}/units/${unit.id}`, { titleId: 'Diubah' }],
      ['delete', `${base}/units/${unit.id}`],
      ['post', `${base}/units/${unit.id}/elements`, { number: 9, title: 'Baru' }],
      ['patch', `${base}/elements/${element.id}`, { title: 'Diubah' }],
      ['delete', `${base}/elements/${element.id}`],
      ['post', `${base}/elements/${element.id}/criteria`, { number: '1.9', text: 'Baru' }],
      ['patch', `${base}/criteria/${criterion.id}`, { text: 'Diubah' }],
      ['delete', `${base}/criteria/${criterion.id}`],
      ['post', `${base}/questions`, { kind: 'oral', dimension: 'transfer', text: 'Q', expectedAnswer: 'A', criterionIds: [criterion.id] }],
      ['patch', `${base}/questions/${question.id}`, { text: 'Diubah' }],
      ['delete', `${base}/questions/${question.id}`],
      ['post', `${base}/publish`],
    ];
    for (const [method, path, send] of writes) {
      const res = await (request(t.http) as any)[method](path).set(admin).send(send ?? {});
      expect({ method, path, status: res.status }).toEqual({ method, path, status: 409 });
      expect(res.body.code).toMatch(/^SCHEME_VERSION\.(IMMUTABLE|ILLEGAL_TRANSITION)$/);
    }
    const xlsx = await request(t.http).post(`${base}/import-xlsx`).set(admin)
      .attach('file', await schemeWorkbook([['A.1', 'Unit', '', '', 1, 'Elemen', '1.1', 'KUK']]), 'units.xlsx');
    expect(xlsx.status).toBe(409);
    const after = await request(t.http).get(base).set(admin).expect(200);
    expect(after.body.units).toEqual(p.tree.units);
    expect(after.body.questions).toEqual(p.tree.questions);

    const header = await request(t.http).patch(`/schemes/${p.schemeId}`).set(admin).send({ type: 'KKNI', kkniLevel: 3 });
    expect(header.status).toBe(409);
    expect(header.body.code).toBe('SCHEME.IDENTITY_LOCKED');
    await request(t.http).patch(`/schemes/${p.schemeId}`).set(admin).send({ titleEn: 'Junior Web Developer (rev.)' }).expect(200);

    await post(`${base}/retire`).expect(200);
    const retired = await request(t.http).patch(`${base}/units/${unit.id}`).set(admin).send({ titleId: 'Diubah' });
    expect(retired.status).toBe(409);
    expect(retired.body.code).toBe('SCHEME_VERSION.IMMUTABLE');
  });

  it('starts a new version as a deep copy with new ids, leaving the published version untouched', async () => {
    const p = await createPublishedScheme(t, body, admin);
    const v2 = (await post(`/schemes/${p.schemeId}/versions`).expect(201)).body;
    expect(v2).toMatchObject({ number: 2, status: 'draft' });
    const again = await post(`/schemes/${p.schemeId}/versions`);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('SCHEME_VERSION.DRAFT_EXISTS');

    const base2 = `/schemes/${p.schemeId}/versions/${v2.id}`;
    const tree2 = (await request(t.http).get(base2).set(admin).expect(200)).body;
    const strip = (tree: any) => tree.units.map((u: any) => ({
      code: u.code, titleId: u.titleId, elements: u.elements.map((e: any) => ({ number: e.number, title: e.title, criteria: e.criteria.map((c: any) => [c.number, c.text]) })),
    }));
    expect(strip(tree2)).toEqual(strip(p.tree));
    const ids1 = new Set(p.tree.units.flatMap((u) => u.elements.flatMap((e) => e.criteria.map((c) => c.id))));
    const ids2 = tree2.units.flatMap((u: any) => u.elements.flatMap((e: any) => e.criteria.map((c: any) => c.id)));
    expect(ids2.some((id: string) => ids1.has(id))).toBe(false);
    // questions point at the copies' KUK, in the same places
    const numberOf = (tree: any) => new Map(tree.units.flatMap((u: any) => u.elements.flatMap((e: any) => e.criteria.map((c: any) => [c.id, `${u.code}/${c.number}`]))));
    const refs = (tree: any) => tree.questions.map((q: any) => q.criterionIds.map((id: string) => numberOf(tree).get(id)));
    expect(refs(tree2)).toEqual(refs(p.tree));

    await request(t.http).patch(`${base2}/criteria/${tree2.units[0].elements[0].criteria[0].id}`).set(admin).send({ text: 'Teks baru' }).expect(200);
    const v1 = (await request(t.http).get(`/schemes/${p.schemeId}/versions/${p.versionId}`).set(admin).expect(200)).body;
    expect(v1.units[0].elements[0].criteria[0].text).toBe(p.tree.units[0].elements[0].criteria[0].text);

    await post(`${base2}/publish`).expect(200);
    const scheme = (await request(t.http).get(`/schemes/${p.schemeId}`).set(admin).expect(200)).body;
    expect(scheme.currentVersionId).toBe(v2.id);
    expect(scheme.versions.map((v: any) => [v.number, v.status])).toEqual([[1, 'retired'], [2, 'published']]);
  });

  it("hides one body's schemes from another body's admin (404, never 403)", async () => {
    const p = await createPublishedScheme(t, body, admin);
    const other = (await signedIn(t.db, t.http, await createBody(t.db), ['admin'])).auth;
    const base = `/schemes/${p.schemeId}/versions/${p.versionId}`;
    for (const res of [
      await request(t.http).get(`/schemes/${p.schemeId}`).set(other),
      await request(t.http).patch(`/schemes/${p.schemeId}`).set(other).send({ titleId: 'Curian' }),
      await request(t.http).get(base).set(other),
      await request(t.http).get(`${base}/export`).set(other),
      await request(t.http).post(`${base}/retire`).set(other),
      await request(t.http).post(`/schemes/${p.schemeId}/versions`).set(other),
      await request(t.http).patch(`${base}/units/${p.tree.units[0].id}`).set(other).send({ titleId: 'x' }),
    ]) {
      expect(res.status).toBe(404);
    }
    const list = await request(t.http).get('/schemes').set(other).expect(200);
    expect(list.body.items.map((s: any) => s.id)).not.toContain(p.schemeId);
  });
});
