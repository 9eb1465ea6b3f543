import { sampleDocument, uniqueCode } from '../factories/scheme.factory.js';

/** What the scheme rows need: a published scheme (with its tree) and a draft-only scheme of the same body. */
export interface SchemesMatrixContext {
  bodyId: string;
  schemeId: string;
  versionId: string;
  unitId: string;
  elementId: string;
  criterionId: string;
  questionId: string;
  draftSchemeId: string;
  draftVersionId: string;
}

export type MatrixRole = 'anonymous' | 'admin' | 'assessor' | 'candidate' | 'decision_maker' | 'auditor' | 'otherBodyAdmin';
export interface MatrixRow {
  name: string;
  method: 'get' | 'post' | 'patch' | 'delete';
  path: (ctx: SchemesMatrixContext) => string;
  body?: (ctx: SchemesMatrixContext) => object;
  expect: Record<MatrixRole, number>;
}

const v = (c: SchemesMatrixContext) => `/schemes/${c.schemeId}/versions/${c.versionId}`;
const d = (c: SchemesMatrixContext) => `/schemes/${c.draftSchemeId}/versions/${c.draftVersionId}`;
/** Writes: admins pass the permission and meet the published version's immutability (409); others are refused. */
const WRITE = { anonymous: 401, admin: 409, assessor: 403, candidate: 403, decision_maker: 403, auditor: 403, otherBodyAdmin: 404 };
const READ_ALL = { anonymous: 401, admin: 200, assessor: 200, candidate: 200, decision_maker: 200, auditor: 200, otherBodyAdmin: 404 };
const DRAFT_READ = { anonymous: 401, admin: 200, assessor: 404, candidate: 404, decision_maker: 404, auditor: 200, otherBodyAdmin: 404 };
const BANK_READ = { anonymous: 401, admin: 200, assessor: 200, candidate: 403, decision_maker: 403, auditor: 200, otherBodyAdmin: 404 };
const PUBLIC = { anonymous: 200, admin: 200, assessor: 200, candidate: 200, decision_maker: 200, auditor: 200, otherBodyAdmin: 200 };

export const SCHEMES_MATRIX: MatrixRow[] = [
  { name: 'create scheme', method: 'post', path: () => '/schemes', body: () => ({ code: uniqueCode('MX'), titleId: 'Skema', type: 'KLASTER' }),
    expect: { anonymous: 401, admin: 201, assessor: 403, candidate: 403, decision_maker: 403, auditor: 403, otherBodyAdmin: 201 } },
  { name: 'list schemes', method: 'get', path: () => '/schemes',
    expect: { ...READ_ALL, otherBodyAdmin: 200 } },
  { name: 'import scheme (JSON)', method: 'post', path: () => '/schemes/import', body: () => sampleDocument(),
    expect: { anonymous: 401, admin: 201, assessor: 403, candidate: 403, decision_maker: 403, auditor: 403, otherBodyAdmin: 201 } },
  { name: 'read published scheme', method: 'get', path: (c) => `/schemes/${c.schemeId}`, expect: READ_ALL },
  { name: 'read draft-only scheme', method: 'get', path: (c) => `/schemes/${c.draftSchemeId}`, expect: DRAFT_READ },
  { name: 'update scheme header', method: 'patch', path: (c) => `/schemes/${c.draftSchemeId}`, body: () => ({ sector: 'TIK' }),
    expect: { ...WRITE, admin: 200 } },
  { name: 'new version (a draft exists)', method: 'post', path: (c) => `/schemes/${c.draftSchemeId}/versions`, expect: WRITE },
  { name: 'import version (a draft exists)', method: 'post', path: (c) => `/schemes/${c.draftSchemeId}/versions/import`, body: () => sampleDocument(), expect: WRITE },
  { name: 'read published version tree', method: 'get', path: v, expect: READ_ALL },
  { name: 'read draft version tree', method: 'get', path: d, expect: DRAFT_READ },
  { name: 'export version', method: 'get', path: (c) => `${v(c)}/export`, expect: BANK_READ },
  { name: 'update version settings', method: 'patch', path: v, body: () => ({ surveillanceIntervalMonths: 6 }), expect: WRITE },
  { name: 'publish published version', method: 'post', path: (c) => `${v(c)}/publish`, expect: WRITE },
  { name: 'retire draft version', method: 'post', path: (c) => `${d(c)}/retire`, expect: WRITE },
  { name: 'add unit', method: 'post', path: (c) => `${v(c)}/units`, body: () => ({ code: 'X.1', titleId: 'Unit' }), expect: WRITE },
  { name: 'update unit', method: 'patch', path: (c) => `${v(c)}/units/${c.unitId}`, body: () => ({ titleId: 'Unit' }), expect: WRITE },
  { name: 'delete unit', method: 'delete', path: (c) => `${v(c)}/units/${c.unitId}`, expect: WRITE },
  { name: 'add element', method: 'post', path: (c) => `${v(c)}/units/${c.unitId}/elements`, body: () => ({ number: 9, title: 'E' }), expect: WRITE },
  { name: 'update element', method: 'patch', path: (c) => `${v(c)}/elements/${c.elementId}`, body: () => ({ title: 'E' }), expect: WRITE },
  { name: 'delete element', method: 'delete', path: (c) => `${v(c)}/elements/${c.elementId}`, expect: WRITE },
  { name: 'add KUK', method: 'post', path: (c) => `${v(c)}/elements/${c.elementId}/criteria`, body: () => ({ number: '1.9', text: 'K' }), expect: WRITE },
  { name: 'update KUK', method: 'patch', path: (c) => `${v(c)}/criteria/${c.criterionId}`, body: () => ({ text: 'K' }), expect: WRITE },
  { name: 'delete KUK', method: 'delete', path: (c) => `${v(c)}/criteria/${c.criterionId}`, expect: WRITE },
  { name: 'list question bank', method: 'get', path: (c) => `${v(c)}/questions`, expect: BANK_READ },
  { name: 'add question', method: 'post', path: (c) => `${v(c)}/questions`,
    body: (c) => ({ kind: 'oral', dimension: 'transfer', text: 'Q', expectedAnswer: 'A', criterionIds: [c.criterionId] }), expect: WRITE },
  { name: 'update question', method: 'patch', path: (c) => `${v(c)}/questions/${c.questionId}`, body: () => ({ text: 'Q' }), expect: WRITE },
  { name: 'delete question', method: 'delete', path: (c) => `${v(c)}/questions/${c.questionId}`, expect: WRITE },
  { name: 'public list of published schemes', method: 'get', path: (c) => `/public/certification-bodies/${c.bodyId}/schemes`, expect: PUBLIC },
  { name: 'public published scheme', method: 'get', path: (c) => `/public/certification-bodies/${c.bodyId}/schemes/${c.schemeId}`, expect: PUBLIC },
  { name: 'public draft-only scheme', method: 'get', path: (c) => `/public/certification-bodies/${c.bodyId}/schemes/${c.draftSchemeId}`,
    expect: { anonymous: 404, admin: 404, assessor: 404, candidate: 404, decision_maker: 404, auditor: 404, otherBodyAdmin: 404 } },
];
