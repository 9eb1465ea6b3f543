import type pg from 'pg';
import { CONSENT_STATEMENTS } from '../../src/consents/consent-terms.js';

export interface AssessmentSeedSize {
  schemes: number;
  assessments: number;
  /** Genuinely in_progress (plan + both consents), led by the first `leadAssessors` assessors. */
  inProgress: number;
  leadAssessors: number;
}

export interface AssessmentFixtures {
  coverageAssessmentId: string;
  coverageRecords: number;
}

/** Units per version, elements per unit and KUK per element: 10 units × 8 KUK. */
const UNITS = 10;
const ELEMENTS = 2;
const KUK_PER_ELEMENT = 4;

/**
 * Schemes (published versions with units, elements, KUK), assessor profiles, and per assessment an accepted
 * application, the assessment and its lead-assessor row, all set-based (generate_series, INSERT … SELECT).
 * Statuses: the newest `inProgress` assessments are in_progress with a plan covering every KUK and both
 * FR.AK.01 consents; the rest mostly decided/recommended, some scheduled/ready/cancelled.
 */
export async function seedAssessments(db: pg.Client, bodyId: string, adminId: string, size: AssessmentSeedSize): Promise<AssessmentFixtures> {
  const q = (sql: string, params: unknown[] = []) => db.query(sql, params);
  await q(
    `INSERT INTO schemes (certification_body_id, code, title_id, type, status, sector)
     SELECT $1, 'SKM-BENCH-' || lpad(g::text, 3, '0'), 'Skema Bench ' || g, 'OKUPASI', 'published', 'Teknologi Informasi'
       FROM generate_series(1, $2) g`, [bodyId, size.schemes]);
  await q(
    `INSERT INTO scheme_versions (certification_body_id, scheme_id, number, status, certificate_validity_months, published_at)
     SELECT certification_body_id, id, 1, 'published', 36, now() FROM schemes WHERE certification_body_id = $1`, [bodyId]);
  await q(
    `UPDATE schemes s SET current_version_id = v.id FROM scheme_versions v
      WHERE v.certification_body_id = s.certification_body_id AND v.scheme_id = s.id AND s.certification_body_id = $1`, [bodyId]);
  await q(
    `INSERT INTO scheme_units (certification_body_id, scheme_version_id, position, code, title_id)
     SELECT v.certification_body_id, v.id, u, 'J.620100.' || lpad(u::text, 3, '0') || '.02', 'Unit kompetensi ' || u
       FROM scheme_versions v, generate_series(1, $2) u WHERE v.certification_body_id = $1`, [bodyId, UNITS]);
  await q(
    `INSERT INTO scheme_elements (certification_body_id, scheme_version_id, unit_id, number, title)
     SELECT u.certification_body_id, u.scheme_version_id, u.id, e, 'Elemen ' || e
       FROM scheme_units u, generate_series(1, $2) e WHERE u.certification_body_id = $1`, [bodyId, ELEMENTS]);
  await q(
    `INSERT INTO performance_criteria (certification_body_id, scheme_version_id, element_id, position, number, text)
     SELECT e.certification_body_id, e.scheme_version_id, e.id, k, e.number || '.' || k, 'Kriteria unjuk kerja ' || e.number || '.' || k
       FROM scheme_elements e, generate_series(1, $2) k WHERE e.certification_body_id = $1`, [bodyId, KUK_PER_ELEMENT]);
  await q(
    `INSERT INTO assessor_profiles (certification_body_id, user_id, registration_number, certificate_valid_from, certificate_valid_until,
                                    status, scheme_codes, fields)
     SELECT m.certification_body_id, m.user_id, 'MET.000.' || lpad((row_number() OVER (ORDER BY m.user_id))::text, 6, '0') || '.2024',
            '2024-01-01', '2029-12-31', 'active', (SELECT array_agg(code) FROM schemes WHERE certification_body_id = $1), ARRAY['Teknologi Informasi']
       FROM memberships m WHERE m.certification_body_id = $1 AND 'assessor' = ANY (m.roles)`, [bodyId]);

  // numbered people and versions, so that generate_series rows can be joined to them by equality
  await q(`CREATE TEMP TABLE bench_candidate AS SELECT (row_number() OVER (ORDER BY user_id) - 1)::int AS n, user_id
             FROM memberships WHERE certification_body_id = $1 AND 'candidate' = ANY (roles)`, [bodyId]);
  await q(`CREATE TEMP TABLE bench_assessor AS SELECT (row_number() OVER (ORDER BY u.email) - 1)::int AS n, m.user_id
             FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.certification_body_id = $1 AND 'assessor' = ANY (m.roles)`, [bodyId]);
  await q(`CREATE TEMP TABLE bench_version AS SELECT (row_number() OVER (ORDER BY s.code) - 1)::int AS n, s.id AS scheme_id, v.id AS version_id, s.code
             FROM schemes s JOIN scheme_versions v ON v.certification_body_id = s.certification_body_id AND v.scheme_id = s.id
            WHERE s.certification_body_id = $1`, [bodyId]);
  await q(`ANALYZE bench_candidate; ANALYZE bench_assessor; ANALYZE bench_version`);
  const counts = (await q(`SELECT (SELECT count(*) FROM bench_candidate)::int AS c, (SELECT count(*) FROM bench_assessor)::int AS a,
                                  (SELECT count(*) FROM bench_version)::int AS v`)).rows[0];
  const n = size.assessments;
  const firstInProgress = n - size.inProgress;
  // two assessments per 3-minute slot (whole seconds: the API's cursor carries milliseconds) from 2024-01-01
  await q(
    `CREATE TEMP TABLE bench_plan AS
     SELECT i, gen_random_uuid() AS application_id, gen_random_uuid() AS assessment_id, c.user_id AS candidate,
            v.scheme_id, v.version_id, v.code, a.user_id AS lead,
            CASE WHEN i >= $4 THEN 'in_progress' WHEN i % 100 < 3 THEN 'cancelled' WHEN i % 100 < 11 THEN 'scheduled'
                 WHEN i % 100 < 13 THEN 'ready' WHEN i % 100 < 25 THEN 'recommended' ELSE 'decided' END AS status,
            timestamptz '2024-01-01 01:00:00+00' + ((i / 2) * 180) * interval '1 second' AS scheduled_at
       FROM generate_series(0, $1 - 1) i
       JOIN bench_candidate c ON c.n = i % $2
       JOIN bench_version v ON v.n = (i + i / $2) % $3
       JOIN bench_assessor a ON a.n = CASE WHEN i >= $4 THEN i % $5 ELSE i % $6 END`,
    [n, counts.c, counts.v, firstInProgress, Math.min(size.leadAssessors, counts.a), counts.a],
  );
  await q(
    `INSERT INTO applications (certification_body_id, id, created_at, candidate_user_id, scheme_id, scheme_version_id, status, purpose,
                               applicant, submission_count, submitted_at, decided_at, updated_at)
     SELECT $1, application_id, scheduled_at - interval '30 days', candidate, scheme_id, version_id, 'accepted', 'certification',
            jsonb_build_object('fullName', 'Asesi ' || i, 'nationalId', lpad(i::text, 16, '3'), 'birthPlace', 'Bandung', 'birthDate', '1995-05-17',
              'homeAddress', 'Jl. Bench ' || i, 'phone', '+62812' || lpad(i::text, 7, '0'), 'email', 'asesi' || i || '@bench.test',
              'education', 'S1 Informatika', 'employer', 'PT Bench ' || (i % 500), 'position', 'Programmer', 'officeAddress', 'Jakarta'),
            1, scheduled_at - interval '29 days', scheduled_at - interval '20 days', scheduled_at - interval '20 days'
       FROM bench_plan`, [bodyId]);
  await q(
    `INSERT INTO assessments (certification_body_id, id, created_at, application_id, scheme_id, scheme_version_id, scheme_code,
                              candidate_user_id, attempt, tuk_name, tuk_type, tuk_address, scheduled_at, status, updated_at)
     SELECT $1, assessment_id, scheduled_at - interval '14 days', application_id, scheme_id, version_id, code, candidate, 1,
            'TUK ' || (i % 40), (ARRAY['sewaktu', 'tempat_kerja', 'mandiri'])[1 + i % 3], 'Jl. TUK ' || (i % 40), scheduled_at, status, scheduled_at
       FROM bench_plan`, [bodyId]);
  await q(
    `INSERT INTO assessment_assessors (certification_body_id, assessment_id, candidate_user_id, assessor_user_id, role, assigned_at, assigned_by_user_id)
     SELECT $1, assessment_id, candidate, lead, 'lead', scheduled_at - interval '14 days', $2 FROM bench_plan`, [bodyId, adminId]);
  await seedInProgress(q, bodyId);
  await seedDecisions(q, bodyId, adminId);
  const coverage = await seedCoverageAssessment(q, bodyId);
  await q('DROP TABLE bench_plan, bench_candidate, bench_assessor, bench_version');
  return coverage;
}

type Query = (sql: string, params?: unknown[]) => Promise<pg.QueryResult>;

/**
 * A certification decision two days after each decided assessment (BK for about 1 in 7, and for half of the
 * decisions of every 50th assessor, so that the reports have outliers to flag), and FR.AK.03 feedback on
 * every tenth decided assessment (statement 5 answered "Tidak" by about 1 in 8 candidates).
 */
async function seedDecisions(q: Query, bodyId: string, adminId: string): Promise<void> {
  await q(
    `INSERT INTO certification_decisions (certification_body_id, created_at, assessment_id, application_id, candidate_user_id, scheme_id,
                                          scheme_code, tuk_name, assessor_user_id, application_submitted_at, outcome, decided_by_user_id, decided_at)
     SELECT $1, p.scheduled_at + interval '2 days', p.assessment_id, p.application_id, p.candidate, p.scheme_id, p.code, 'TUK ' || (p.i % 40),
            p.lead, p.scheduled_at - interval '29 days',
            CASE WHEN p.i % 7 = 0 OR (a.n % 50 = 0 AND p.i % 2 = 0) THEN 'BK' ELSE 'K' END, $2, p.scheduled_at + interval '2 days'
       FROM bench_plan p JOIN bench_assessor a ON a.user_id = p.lead
      WHERE p.status = 'decided'`, [bodyId, adminId]);
  await q(
    `INSERT INTO assessment_feedback (certification_body_id, created_at, assessment_id, candidate_user_id, answers)
     SELECT $1, p.scheduled_at + interval '1 day', p.assessment_id, p.candidate,
            (SELECT jsonb_agg(jsonb_build_object('statement', s, 'agree', NOT (s = 5 AND p.i % 8 = 0), 'comment', '', 'text', 'Pernyataan ' || s) ORDER BY s)
               FROM generate_series(1, 10) s)
       FROM bench_plan p
      WHERE p.status = 'decided' AND p.i % 10 = 0`, [bodyId]);
}

/** A plan covering every KUK of the version (FR.MAPA.01) and both FR.AK.01 consents for each in_progress assessment. */
async function seedInProgress(q: Query, bodyId: string): Promise<void> {
  await q(
    `INSERT INTO assessment_plans (certification_body_id, created_at, assessment_id, version, candidate_potential, purpose, context, criteria, created_by_user_id)
     SELECT $1, p.scheduled_at - interval '7 days', p.assessment_id, 1, 3, 'certification',
            '{"environment":"simulated","evidenceOpportunity":"available","assessedBy":"certification_body","notes":""}'::jsonb, vp.criteria, p.lead
       FROM bench_plan p
       JOIN (SELECT scheme_version_id, jsonb_agg(jsonb_build_object('criterionId', id, 'evidenceTypes', '["direct"]'::jsonb,
                                                 'methods', '["observation","questioning"]'::jsonb) ORDER BY number) AS criteria
               FROM performance_criteria WHERE certification_body_id = $1 GROUP BY scheme_version_id) vp ON vp.scheme_version_id = p.version_id
      WHERE p.status = 'in_progress'`, [bodyId]);
  await q(
    `INSERT INTO consent_confirmations (certification_body_id, created_at, assessment_id, party, user_id, terms)
     SELECT $1, p.scheduled_at - interval '1 hour', p.assessment_id, party.name, CASE party.name WHEN 'candidate' THEN p.candidate ELSE p.lead END,
            jsonb_build_object('planId', ap.id, 'planVersion', 1, 'methods', '["observation","questioning"]'::jsonb,
              'scheduledAt', to_char(p.scheduled_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'tukName', 'TUK ' || (p.i % 40),
              'tukType', (ARRAY['sewaktu', 'tempat_kerja', 'mandiri'])[1 + p.i % 3], 'statements', $2::jsonb)
       FROM bench_plan p
       JOIN assessment_plans ap ON ap.certification_body_id = $1 AND ap.assessment_id = p.assessment_id
       CROSS JOIN (VALUES ('candidate'), ('assessor')) AS party(name)
      WHERE p.status = 'in_progress'`, [bodyId, JSON.stringify(CONSENT_STATEMENTS)]);
}

/**
 * The newest in_progress assessment gets ~200 evidence records over its 80 KUK: an observation per KUK
 * (some not achieved, some with further-assessment notes), 40 corrections superseding observations,
 * and 80 IA.07 questions.
 */
async function seedCoverageAssessment(q: Query, bodyId: string): Promise<AssessmentFixtures> {
  const { rows: [a] } = await q(`SELECT assessment_id AS id, version_id, lead FROM bench_plan WHERE status = 'in_progress' ORDER BY i DESC LIMIT 1`);
  const kuk = `SELECT pc.id, row_number() OVER (ORDER BY u.position, e.number, pc.position)::int AS r
                 FROM performance_criteria pc
                 JOIN scheme_elements e ON e.certification_body_id = pc.certification_body_id AND e.id = pc.element_id
                 JOIN scheme_units u ON u.certification_body_id = e.certification_body_id AND u.id = e.unit_id
                WHERE pc.certification_body_id = $1 AND pc.scheme_version_id = $3`;
  const insert = `INSERT INTO assessment_evidence_records (certification_body_id, created_at, assessment_id, kind, criterion_ids, satisfied,
                    further_assessment, details, recorded_by_user_id, supersedes_id)`;
  await q(
    `${insert}
     SELECT $1, now() - interval '3 hours' + r * interval '1 second', $2, 'observation', ARRAY[k.id], r % 9 <> 0,
            CASE WHEN r % 13 = 0 THEN 'Observasi ulang pada sesi berikutnya' ELSE '' END,
            jsonb_build_object('achieved', r % 9 <> 0, 'benchmark', 'SOP pengembangan aplikasi'), $4, NULL
       FROM (${kuk}) k`, [bodyId, a.id, a.version_id, a.lead]);
  await q(
    `${insert}
     SELECT $1, now() - interval '2 hours' + row_number() OVER (ORDER BY r.created_at) * interval '1 second', $2, 'observation', r.criterion_ids,
            true, '', '{"achieved": true, "benchmark": "SOP pengembangan aplikasi"}'::jsonb, $3, r.id
       FROM (SELECT id, criterion_ids, created_at FROM assessment_evidence_records
              WHERE certification_body_id = $1 AND assessment_id = $2 ORDER BY created_at LIMIT 40) r`, [bodyId, a.id, a.lead]);
  await q(
    `${insert}
     SELECT $1, now() - interval '1 hour' + r * interval '1 second', $2, 'questioning', ARRAY[k.id], r % 11 <> 0, '',
            jsonb_build_object('form', 'IA.07', 'questionText', 'Jelaskan langkah ' || r, 'answerSummary', 'Asesi menjelaskan langkah ' || r,
                               'satisfactory', r % 11 <> 0), $4, NULL
       FROM (${kuk}) k`, [bodyId, a.id, a.version_id, a.lead]);
  const { rows: [c] } = await q(`SELECT count(*)::int AS n FROM assessment_evidence_records WHERE certification_body_id = $1 AND assessment_id = $2`, [bodyId, a.id]);
  return { coverageAssessmentId: a.id, coverageRecords: c.n };
}
