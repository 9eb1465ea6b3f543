import request from 'supertest';
import { REMINDERS_JOB, RENDER_BATCH_JOB } from '../../src/certificates/certificate-jobs.js';
import { JobsService, type JobView } from '../../src/jobs/jobs.service.js';
import { certificationWorld, decidedIn, type CertificationWorld } from '../factories/certification.factory.js';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';
import { withoutTriggers } from '../utils/test-database.js';

async function completed(jobs: JobsService, name: string, id: string | null): Promise<JobView> {
  for (let i = 0; i < 150; i++) {
    const job = (await jobs.list({ name, limit: 20 })).find((j) => j.id === id);
    if (job?.state === 'completed' || job?.state === 'failed') return job;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`job ${name} ${id} did not finish`);
}

describe('certificate background jobs (e2e)', () => {
  let t: TestApp;
  let w: CertificationWorld;
  beforeAll(async () => {
    t = await createTestApp({ JOBS_ENABLED: 'true' });
    w = await certificationWorld(t);
  });
  afterAll(() => t.close());

  it('raises surveillance and expiry reminders once per due date, for staff to list', async () => {
    const soon = (await decidedIn(w, 'K')).decision.certificate;
    const later = (await decidedIn(w, 'K')).decision.certificate;
    await t.db.query(`UPDATE certificates SET next_surveillance_on = current_date + 10 WHERE id = $1`, [soon.id]);
    // expires_on is an issued field (immutable by trigger): the test moves it as the passing of time would
    await withoutTriggers(t.db, `UPDATE certificates SET expires_on = current_date + 40, next_surveillance_on = current_date + 200 WHERE id = $1`, [later.id]);
    const jobs = t.app.get(JobsService);
    const first = await completed(jobs, REMINDERS_JOB, await jobs.enqueue(REMINDERS_JOB, {}, 'first'));
    expect(first.output).toEqual({ created: 2 });
    const again = await completed(jobs, REMINDERS_JOB, await jobs.enqueue(REMINDERS_JOB, {}, 'again'));
    expect(again.output).toEqual({ created: 0 });

    const list = await request(t.http).get('/certificate-reminders').set(w.admin.auth).expect(200);
    expect(list.body.map((r: { certificateId: string; kind: string }) => [r.certificateId, r.kind]).sort())
      .toEqual([[later.id, 'expiry'], [soon.id, 'surveillance']].sort());
    await request(t.http).get('/certificate-reminders').set(w.auditor.auth).expect(200);
    await request(t.http).get('/certificate-reminders').set(w.candidate.auth).expect(403);
  });

  it('renders a decision meeting\'s certificates in a background job that checks every issued hash', async () => {
    const ids = [(await decidedIn(w, 'K')).decision.certificate.id, (await decidedIn(w, 'K')).decision.certificate.id];
    const res = await request(t.http).post('/certificate-render-batches').set(w.admin.auth).send({ certificateIds: ids }).expect(202);
    expect(res.body.jobId).toEqual(expect.any(String));
    const job = await completed(t.app.get(JobsService), RENDER_BATCH_JOB, res.body.jobId);
    expect(job.state).toBe('completed');
    const items = (job.output as { items: Array<{ certificateId: string; matchesIssued: boolean }> }).items;
    expect(items.map((i) => i.certificateId).sort()).toEqual([...ids].sort());
    expect(items.every((i) => i.matchesIssued)).toBe(true);
    await request(t.http).post('/certificate-render-batches').set(w.decisionMaker.auth).send({ certificateIds: ids }).expect(403);
  });
});
