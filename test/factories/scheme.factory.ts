import ExcelJS from 'exceljs';
import request from 'supertest';
import type { CertificationBody } from '../../src/certification-bodies/certification-body.entity.js';
import { juniorWebDeveloperSample } from '../../src/schemes/samples/sample-schemes.js';
import type { SchemeDocument } from '../../src/schemes/scheme-rules.js';
import type { TestApp } from '../utils/create-test-app.js';

let counter = 0;
export const uniqueCode = (prefix = 'SKM') => `${prefix}/${process.pid}/${++counter}/${Math.random().toString(36).slice(2, 6)}`;

/** The sample document with a code unique to this test run. */
export function sampleDocument(code = uniqueCode('JWD')): SchemeDocument {
  const doc = juniorWebDeveloperSample();
  return { ...doc, scheme: { ...doc.scheme, code } };
}

export interface PublishedScheme {
  schemeId: string;
  versionId: string;
  document: SchemeDocument;
  /** GET /schemes/:id/versions/:id as the admin saw it (with question bank). */
  tree: { units: Array<{ id: string; code: string; elements: Array<{ id: string; number: number; criteria: Array<{ id: string; number: string; text: string }> }> }>; questions: Array<{ id: string; criterionIds: string[] }> };
}

/** Imports the Junior Web Developer sample through HTTP and publishes it. */
export async function createPublishedScheme(
  t: TestApp, body: CertificationBody, adminAuth: Record<string, string>, document = sampleDocument(),
): Promise<PublishedScheme> {
  void body; // the admin's token already names the body; kept for readability at call sites
  const imported = await request(t.http).post('/schemes/import').set(adminAuth).send(document);
  if (imported.status !== 201) throw new Error(`import failed: ${imported.status} ${JSON.stringify(imported.body)}`);
  const { schemeId, id: versionId } = imported.body;
  await request(t.http).post(`/schemes/${schemeId}/versions/${versionId}/publish`).set(adminAuth).expect(200);
  const tree = await request(t.http).get(`/schemes/${schemeId}/versions/${versionId}`).set(adminAuth).expect(200);
  return { schemeId, versionId, document, tree: tree.body };
}

/** A workbook in the XLSX import format; rows are [unitCode, titleId, titleEn, group, elementNo, elementTitle, kukNo, kukText]. */
export async function schemeWorkbook(unitRows: unknown[][], requirementRows: unknown[][] = []): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const units = wb.addWorksheet('Units');
  units.addRow(['Unit code', 'Unit title (ID)', 'Unit title (EN)', 'Group', 'Element no', 'Element title', 'KUK no', 'KUK text']);
  unitRows.forEach((r) => units.addRow(r));
  const reqs = wb.addWorksheet('Requirements');
  reqs.addRow(['Description', 'Document required']);
  requirementRows.forEach((r) => reqs.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
