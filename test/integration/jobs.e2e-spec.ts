import request from 'supertest';
import { SESSION_PURGE_JOB } from '../../src/auth/session-purge.job.js';
import { EVIDENCE_SWEEP_JOB } from '../../src/evidence/evidence-sweep.job.js';
import { JobsService } from '../../src/jobs/jobs.service.js';
import { createBody, createUser, login, signedIn } from '../factories/identity.factory.js';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';

async function waitFor<T>(probe: () => Promise<T | undefined>, what: string): Promise<T> {
  for (let i = 0; i < 150; i++) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('background jobs (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ JOBS_ENABLED: 'true' });
  });
  afterAll(() => t.close());

  it('runs the session purge job: ended sessions go, live ones stay', async () => {
    const body = await createBody(t.db);
    const u = await createUser(t.db, { body, roles: ['candidate'] });
    const live = await login(t.http, u);
    await login(t.http, u);
    await t.db.query(
      `UPDATE auth_sessions SET expires_at = now() - interval '40 days'
        WHERE id = (SELECT id FROM auth_sessions WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1)`,
      [u.user.id],
    );
    const jobs = t.app.get(JobsService);
    const id = await jobs.enqueue(SESSION_PURGE_JOB, {}, 'purge-test');
    expect(id).toEqual(expect.any(String));
    await waitFor(async () => {
      const [job] = await jobs.list({ name: SESSION_PURGE_JOB, limit: 1 });
      return job?.state === 'completed' ? job : undefined;
    }, 'the purge job to complete');
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM auth_sessions WHERE user_id = $1`, [u.user.id]);
    expect(n).toBe(1);
    await request(t.http).get('/me').set({ Authorization: `Bearer ${live.accessToken}` }).expect(200);
  });

  it('runs the evidence sweep job and keeps its result as the job output', async () => {
    const jobs = t.app.get(JobsService);
    const id = await jobs.enqueue(EVIDENCE_SWEEP_JOB, {}, 'sweep-test');
    const job = await waitFor(async () => {
      const [j] = await jobs.list({ name: EVIDENCE_SWEEP_JOB, limit: 1 });
      return j?.id === id && j.state === 'completed' ? j : undefined;
    }, 'the sweep job to complete');
    expect(job.output).toEqual({ removedBlobs: 0, removedTempFiles: 0 });
  });

  it('queues a job at most once per subject at a time', async () => {
    const jobs = t.app.get(JobsService);
    const first = await jobs.enqueue(SESSION_PURGE_JOB, {}, 'same-subject');
    const second = await jobs.enqueue(SESSION_PURGE_JOB, {}, 'same-subject');
    expect(first).toEqual(expect.any(String));
    expect(second).toBeNull();
  });

  it('lists jobs for platform admins, and refuses candidates', async () => {
    const admin = await createUser(t.db, { platformAdmin: true });
    const tokens = await login(t.http, admin);
    const res = await request(t.http).get('/admin/jobs').query({ name: SESSION_PURGE_JOB }).set({ Authorization: `Bearer ${tokens.accessToken}` }).expect(200);
    expect(res.body.length).toBeGreaterThan(0);
    expect(res.body[0]).toMatchObject({ name: SESSION_PURGE_JOB, state: expect.any(String) });
    const candidate = await signedIn(t.db, t.http, await createBody(t.db), ['candidate']);
    await request(t.http).get('/admin/jobs').set(candidate.auth).expect(403);
    await request(t.http).get('/admin/jobs').expect(401);
    await request(t.http).get('/admin/jobs').query({ state: 'exploded' }).set({ Authorization: `Bearer ${tokens.accessToken}` }).expect(400);
  });
});
