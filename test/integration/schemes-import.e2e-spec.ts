import request from 'supertest';
import type { CertificationBody } from '../../src/certification-bodies/certification-body.entity.js';
import { juniorWebDeveloperSample } from '../../src/schemes/samples/sample-schemes.js';
import { createBody, signedIn } from '../factories/identity.factory.js';
import { createPublishedScheme, sampleDocument, schemeWorkbook, uniqueCode } from '../factories/scheme.factory.js';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';

describe('schemes: JSON and XLSX import and export (e2e)', () => {
  let t: TestApp;
  let body: CertificationBody;
  let admin: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp();
    body = await createBody(t.db);
    admin = (await signedIn(t.db, t.http, body, ['admin'])).auth;
  });
  afterAll(() => t.close());

  const countSchemes = async (bodyId: string) =>
    Number((await t.db.query(`SELECT count(*) AS n FROM schemes WHERE certification_body_id = $1`, [bodyId]))[0].n);

  it('exports exactly what was imported, and export → import → export round-trips', async () => {
    const document = sampleDocument();
    const p = await createPublishedScheme(t, body, admin, document);
    const first = (await request(t.http).get(`/schemes/${p.schemeId}/versions/${p.versionId}/export`).set(admin).expect(200)).body;
    expect(first).toEqual(document);

    const otherBody = await createBody(t.db);
    const otherAdmin = (await signedIn(t.db, t.http, otherBody, ['admin'])).auth;
    const again = (await request(t.http).post('/schemes/import').set(otherAdmin).send(first).expect(201)).body;
    const second = (await request(t.http).get(`/schemes/${again.schemeId}/versions/${again.id}/export`).set(otherAdmin).expect(200)).body;
    expect(second).toEqual(first);

    // the same document as a new version of the existing scheme
    const v2 = (await request(t.http).post(`/schemes/${p.schemeId}/versions/import`).set(admin).send(first).expect(201)).body;
    expect(v2.number).toBe(2);
    const third = (await request(t.http).get(`/schemes/${p.schemeId}/versions/${v2.id}/export`).set(admin).expect(200)).body;
    expect(third).toEqual(first);
  });

  it('rejects an incomplete document with every problem and creates nothing', async () => {
    const doc = sampleDocument();
    const units = doc.version.units.map((u) => ({ ...u, elements: u.elements.map((e) => ({ ...e, criteria: [...e.criteria] })) }));
    units[0].elements[0].criteria = [];
    units[1] = { ...units[1], code: units[2].code };
    units[3].elements[0].criteria[1] = { number: '7.1', text: 'salah' };
    const questions = [{ ...doc.version.questions[0], criteria: [{ unitCode: 'TIDAK.ADA', criterionNumber: '1.1' }] }];
    const before = await countSchemes(body.id);
    const res = await request(t.http).post('/schemes/import').set(admin).send({ ...doc, version: { ...doc.version, units, questions } });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('SCHEME_VERSION.CONTENT_INVALID');
    expect(res.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(expect.arrayContaining([
      '/version/units/0/elements/0/criteria', '/version/units/2/code', '/version/units/3/elements/0/criteria/1/number',
      '/version/questions/0/criteria/0',
    ]));
    expect(await countSchemes(body.id)).toBe(before);

    const malformed = await request(t.http).post('/schemes/import').set(admin).send({ ...doc, version: { ...doc.version, units: [{ code: 'A' }] }, extra: 1 });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(expect.arrayContaining(['/extra', '/version/units/0/titleId']));
  });

  async function emptyDraft() {
    const res = await request(t.http).post('/schemes').set(admin).send({ code: uniqueCode('XLSX'), titleId: 'Skema dari Excel', type: 'KLASTER' }).expect(201);
    return `/schemes/${res.body.id}/versions/${res.body.versions[0].id}`;
  }

  it('imports a workbook of units, elements, KUK and requirements into an empty draft, then publishes it', async () => {
    const base = await emptyDraft();
    const file = await schemeWorkbook([
      ['J.620100.004.02', 'Menggunakan Struktur Data', 'Using Data Structures', 'Inti', 1, 'Mengidentifikasi konsep data', '1.1', 'Konsep data diidentifikasi'],
      ['', '', '', '', '', '', '1.2', 'Alternatif struktur data dibandingkan'],
      ['', '', '', '', 2, 'Menerapkan struktur data', '2.1', 'Struktur data diimplementasikan'],
      ['J.620100.025.02', 'Melakukan Debugging', '', '', 1, 'Mempersiapkan kode program', '1.1', 'Kode program disiapkan'],
    ], [['Minimal lulus SMK sederajat', 'Ya'], ['Pas foto 3x4', 'Tidak']]);
    const res = await request(t.http).post(`${base}/import-xlsx`).set(admin).attach('file', file, 'skema.xlsx');
    expect(res.status).toBe(201);
    expect(res.body.requirements).toEqual([
      { description: 'Minimal lulus SMK sederajat', documentRequired: true }, { description: 'Pas foto 3x4', documentRequired: false },
    ]);
    const tree = (await request(t.http).get(base).set(admin).expect(200)).body;
    expect(tree.units.map((u: any) => [u.code, u.groupName, u.elements.map((e: any) => [e.number, e.criteria.map((c: any) => c.number)])])).toEqual([
      ['J.620100.004.02', 'Inti', [[1, ['1.1', '1.2']], [2, ['2.1']]]],
      ['J.620100.025.02', '', [[1, ['1.1']]]],
    ]);
    const twice = await request(t.http).post(`${base}/import-xlsx`).set(admin).attach('file', file, 'skema.xlsx');
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('SCHEME_VERSION.NOT_EMPTY');
    await request(t.http).post(`${base}/publish`).set(admin).expect(200);
  });

  it('reports every bad row with sheet, row and column, and imports nothing', async () => {
    const base = await emptyDraft();
    const file = await schemeWorkbook([
      ['A.001', 'Unit A', '', '', 1, 'Elemen satu', '1.1', 'KUK baik'],
      ['', '', '', '', '', '', '2.1', 'Nomor tidak sesuai elemen'],
      ['', '', '', '', 'dua', 'Elemen', '2.1', 'Nomor elemen bukan angka'],
      ['B.001', '', '', '', 1, 'Elemen', '1.1', ''],
    ], [['', 'Ya'], ['Ijazah', 'mungkin']]);
    const res = await request(t.http).post(`${base}/import-xlsx`).set(admin).attach('file', file, 'skema.xlsx');
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('SCHEME_IMPORT.WORKBOOK_INVALID');
    expect(res.body.errors.map((e: any) => [e.sheet, e.row, e.column])).toEqual([
      ['Units', 3, 'G'], ['Units', 4, 'E'], ['Units', 5, 'B'], ['Units', 5, 'H'], ['Requirements', 2, 'A'], ['Requirements', 3, 'B'],
    ]);
    const tree = (await request(t.http).get(base).set(admin).expect(200)).body;
    expect(tree.units).toEqual([]);
    const notXlsx = await request(t.http).post(`${base}/import-xlsx`).set(admin).attach('file', Buffer.from('not a workbook'), 'x.xlsx');
    expect(notXlsx.status).toBe(422);
  });

  it('ships a sample that states which text comes from the public SKKNI', () => {
    const doc = juniorWebDeveloperSample();
    expect(doc.note).toMatch(/282 Tahun 2016/);
    expect(doc.version.units).toHaveLength(8);
  });
});
