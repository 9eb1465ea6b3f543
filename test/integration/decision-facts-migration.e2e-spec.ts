import { certificationWorld, decidedIn } from '../factories/certification.factory.js';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';
import { runDbCli } from '../utils/test-database.js';

/**
 * DecisionFactsForReports backfills decisions made before it from their assessment, recommendation and
 * application, past the decisions' immutability trigger, and leaves the trigger on.
 */
describe('DecisionFactsForReports migration (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('fills scheme, TUK, lead assessor and submission time of existing decisions, and keeps them immutable', async () => {
    const w = await certificationWorld(t);
    const { rec, decision } = await decidedIn(w, 'BK');
    const facts = `SELECT d.scheme_id, d.scheme_code, d.tuk_name, d.assessor_user_id, d.application_submitted_at
                     FROM certification_decisions d WHERE d.id = $1`;
    const [before] = await t.db.query(facts, [decision.id]);
    const [expected] = await t.db.query(
      `SELECT a.scheme_id, a.scheme_code, a.tuk_name, app.submitted_at FROM assessments a
         JOIN applications app ON app.certification_body_id = a.certification_body_id AND app.id = a.application_id WHERE a.id = $1`, [rec.assessmentId]);
    expect(before).toEqual({
      scheme_id: expected.scheme_id, scheme_code: expected.scheme_code, tuk_name: expected.tuk_name,
      assessor_user_id: w.assessorUserId, application_submitted_at: expected.submitted_at,
    });

    for (let i = 0; i < 2; i++) expect(runDbCli(t.databaseUrl, ['revert']).status).toBe(0); // QualityRecordsAppendOnly, DecisionFactsForReports
    const gone = await t.db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'certification_decisions' AND column_name = 'tuk_name'`);
    expect(gone).toEqual([]);
    const up = runDbCli(t.databaseUrl, ['migrate']);
    expect(up.output).toMatch(/DecisionFactsForReports/);
    expect(up.status).toBe(0);

    const [after] = await t.db.query(facts, [decision.id]);
    expect(after).toEqual(before);
    await expect(t.db.query(`UPDATE certification_decisions SET tuk_name = 'lain' WHERE id = $1`, [decision.id])).rejects.toThrow(/immutable/);
  }, 120_000);
});
