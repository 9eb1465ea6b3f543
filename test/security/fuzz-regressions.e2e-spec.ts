import request from 'supertest';
import { createBody, signedIn } from '../factories/identity.factory.js';
import { pdfBytes } from '../factories/evidence.factory.js';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';
import { checkNoPrototypePollution } from './fuzz-request.js';

/** Defects the fuzzing suite found, each kept as the request that once broke the API. */
describe('fuzzing regressions (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()), 60_000);
  afterAll(() => t.close());

  it('refuses multipart field names that reach the prototype chain (once deleted Object.prototype.constructor)', async () => {
    const body = await createBody(t.db);
    const candidate = await signedIn(t.db, t.http, body, ['candidate']);
    for (const name of ['__proto__', 'constructor', 'prototype', 'toString']) {
      const res = await request(t.http).post('/portfolio-items').set(candidate.auth)
        .field('title', 'Ijazah').field('evidenceType', 'indirect').field(name, 'a').field(name, 'b')
        .attach('file', pdfBytes(), 'ijazah.pdf');
      expect([name, res.status, res.body.code]).toEqual([name, 400, 'REQUEST.VALIDATION_FAILED']);
      checkNoPrototypePollution();
    }
    // signing in still works (JWT signing needs an intact Object.prototype)
    await signedIn(t.db, t.http, body, ['candidate']);
  });

  it('refuses lone UTF-16 surrogates anywhere in a request with 400 (once a 500 from the audit hash)', async () => {
    const platform = await signedIn(t.db, t.http, await createBody(t.db), ['admin']);
    const res = await request(t.http).patch('/me').set(platform.auth).set('Content-Type', 'application/json')
      .send('{"position":"x\\udfffy"}');
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ pointer: '/position', detail: expect.stringMatching(/well-formed Unicode/) }]);
    const key = await request(t.http).patch('/me').set(platform.auth).set('Content-Type', 'application/json').send('{"\\ud800":1}');
    expect(key.status).toBe(400);
    // a well-formed pair (emoji) is fine
    await request(t.http).patch('/me').set(platform.auth).send({ position: 'Staf 👩‍💻' }).expect(200);
  });

  it('refuses inherited field names in JSON instead of dropping them silently (once 200)', async () => {
    const user = await signedIn(t.db, t.http, await createBody(t.db), ['candidate']);
    for (const raw of ['{"__proto__":{"isPlatformAdmin":true}}', '{"constructor":{"prototype":{"x":1}}}', '{"toString":"x"}', '{"position":{"valueOf":1}}']) {
      const res = await request(t.http).patch('/me').set(user.auth).set('Content-Type', 'application/json').send(raw);
      expect([raw, res.status, res.body.code]).toEqual([raw, 400, 'REQUEST.VALIDATION_FAILED']);
    }
    checkNoPrototypePollution();
  });

  it('refuses JSON nested thousands of levels deep with 400 (once a 500: stack overflow in class-transformer)', async () => {
    const user = await signedIn(t.db, t.http, await createBody(t.db), ['candidate']);
    for (const [open, close] of [['{"a":', '}'], ['[', ']']]) {
      const raw = `{"position":${open.repeat(5000)}1${close.repeat(5000)}}`;
      const res = await request(t.http).patch('/me').set(user.auth).set('Content-Type', 'application/json').send(raw);
      expect([open, res.status, res.body.code]).toEqual([open, 400, 'REQUEST.VALIDATION_FAILED']);
    }
    // the login body is validated by its guard, before any pipe (once a 500 there too)
    const login = await request(t.http).post('/auth/login').set('Content-Type', 'application/json').send(`${'{"a":'.repeat(20000)}1${'}'.repeat(20000)}`);
    expect([login.status, login.body.code]).toEqual([400, 'REQUEST.VALIDATION_FAILED']);
  });

  it('refuses a scheme document without its scheme or version object (once a 500)', async () => {
    const admin = await signedIn(t.db, t.http, await createBody(t.db), ['admin']);
    for (const doc of [{ version: { units: [] } }, { scheme: [], version: { units: [] } }, { scheme: { code: 'X', titleId: 'X', type: 'KLASTER' } }]) {
      const res = await request(t.http).post('/schemes/import').set(admin.auth).send({ format: 'kompeten.scheme-version/1', ...doc });
      expect([JSON.stringify(doc), res.status, res.body.code]).toEqual([JSON.stringify(doc), 400, 'REQUEST.VALIDATION_FAILED']);
    }
  });
});
