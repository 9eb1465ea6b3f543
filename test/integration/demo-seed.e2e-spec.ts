import request from 'supertest';
import { assessorEligibility } from '../../src/assessor-profiles/assessor-eligibility.js';
import { AssessorProfile } from '../../src/assessor-profiles/assessor-profile.entity.js';
import { DEMO_PASSWORD, DemoSeedService } from '../../src/seed/demo-seed.service.js';
import { juniorWebDeveloperSample } from '../../src/schemes/samples/sample-schemes.js';
import { login } from '../factories/identity.factory.js';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';

describe('demo seed (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('seeds one user per role, each able to sign in, and an eligible demo assessor', async () => {
    const summary = await t.app.get(DemoSeedService).seedIfEmpty();
    expect(summary?.logins.map(([role]) => role).sort()).toEqual(
      ['admin', 'assessor', 'auditor', 'candidate', 'decision_maker', 'platform_admin'],
    );
    for (const [, email] of summary!.logins) {
      const tokens = await login(t.http, { email, password: DEMO_PASSWORD });
      await request(t.http).get('/me').set({ Authorization: `Bearer ${tokens.accessToken}` }).expect(200);
    }
    const assessor = await login(t.http, { email: 'asesor@lsp-demo.id', password: DEMO_PASSWORD });
    const mine = await request(t.http).get('/assessor-profiles/mine').set({ Authorization: `Bearer ${assessor.accessToken}` }).expect(200);
    const profile = await t.db.getRepository(AssessorProfile).findOneByOrFail({ id: mine.body.id });
    const today = new Date().toISOString().slice(0, 10);
    const schemeCode = juniorWebDeveloperSample().scheme.code;
    expect(assessorEligibility(profile, { date: today, schemeCode })).toEqual([]);

    // the demo candidate's accepted application, assessed by the demo assessor
    const assessorAuth = { Authorization: `Bearer ${assessor.accessToken}` };
    const list = await request(t.http).get('/assessments').set(assessorAuth).expect(200);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({ status: 'scheduled', schemeCode, assessors: [expect.objectContaining({ role: 'lead', active: true })] });
    const candidate = await login(t.http, { email: 'asesi@lsp-demo.id', password: DEMO_PASSWORD });
    const app = await request(t.http).get(`/applications/${list.body.items[0].applicationId}`)
      .set({ Authorization: `Bearer ${candidate.accessToken}` }).expect(200);
    expect(app.body).toMatchObject({ status: 'accepted', applicant: { fullName: 'Siti Nurhaliza Putri' } });
    expect(await t.app.get(DemoSeedService).seedIfEmpty()).toBeUndefined();
  });
});
