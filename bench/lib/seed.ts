import pg from 'pg';
import { hashPassword } from '../../src/auth/passwords.js';
import { type AssessmentSeedSize, seedAssessments } from './seed-assessments.js';
import { seedAuditChain } from './seed-audit.js';
import type { SeedSummary } from './types.js';

export interface SeedSize extends AssessmentSeedSize {
  smallBodies: number;
  assessors: number;
  candidates: number;
  auditEntries: number;
}

// inProgress: every observation request of scenarios 1 and 8 needs 8 KUK not yet observed (10 requests per
// assessment), so the in_progress pool is sized for ~1,000 requests/s over all their load runs.
export const FULL: SeedSize = {
  smallBodies: 99, assessors: 500, candidates: 200_000, auditEntries: 1_000_000,
  schemes: 50, assessments: 1_000_000, inProgress: 30_000, leadAssessors: 32,
};
export const QUICK: SeedSize = {
  smallBodies: 99, assessors: 100, candidates: 10_000, auditEntries: 100_000,
  schemes: 5, assessments: 40_000, inProgress: 7_000, leadAssessors: 32,
};

export const BENCH_PASSWORD = 'Bench-Password-2026';

/** Set-based seeding: one statement per table and size, never one request per row. */
export async function seed(url: string, size: SeedSize): Promise<SeedSummary> {
  const started = performance.now();
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const hash = await hashPassword(BENCH_PASSWORD);
    const { rows: [big] } = await db.query(
      `INSERT INTO certification_bodies (code, name, license_number) VALUES ('LSP-BIG', 'LSP Besar (bench)', 'BNSP-BENCH-1') RETURNING id`,
    );
    await db.query(
      `INSERT INTO certification_bodies (code, name, license_number)
       SELECT 'LSP-S' || g, 'LSP Kecil ' || g, 'BNSP-BENCH-S' || g FROM generate_series(1, $1) g`,
      [size.smallBodies],
    );
    const people = async (role: string, n: number, prefix: string) => {
      await db.query(
        `WITH u AS (
           INSERT INTO users (email, full_name, password_hash)
           SELECT $1 || g || '@bench.test', initcap($1) || ' ' || g, $2 FROM generate_series(1, $3) g
           RETURNING id)
         INSERT INTO memberships (certification_body_id, user_id, roles)
         SELECT $4, u.id, ARRAY[$5]::text[] FROM u`,
        [prefix, hash, n, big.id, role],
      );
    };
    await people('admin', 1, 'admin');
    await people('assessor', size.assessors, 'asesor');
    await people('candidate', size.candidates, 'asesi');
    const assessmentsStarted = performance.now();
    const { rows: [admin] } = await db.query(`SELECT id FROM users WHERE email = 'admin1@bench.test'`);
    const fixtures = await seedAssessments(db, big.id, admin.id, size);
    const assessmentsSeconds = (performance.now() - assessmentsStarted) / 1000;
    const { rows: [decided] } = await db.query(`SELECT count(*)::int AS n FROM certification_decisions WHERE certification_body_id = $1`, [big.id]);
    const auditStarted = performance.now();
    const { rows: actors } = await db.query(
      `SELECT user_id FROM memberships WHERE certification_body_id = $1 AND 'assessor' = ANY(roles) ORDER BY user_id LIMIT 100`, [big.id]);
    await seedAuditChain(db, big.id, actors.map((a: { user_id: string }) => a.user_id), size.auditEntries);
    const auditSeconds = (performance.now() - auditStarted) / 1000;
    await db.query('ANALYZE');
    return {
      bigBodyId: big.id,
      adminEmail: 'admin1@bench.test',
      password: BENCH_PASSWORD,
      seconds: (performance.now() - started) / 1000,
      counts: { bodies: size.smallBodies + 1, assessors: size.assessors, candidates: size.candidates, auditEntries: size.auditEntries,
        schemes: size.schemes, assessments: size.assessments, inProgress: size.inProgress, decisions: decided.n, coverageRecords: fixtures.coverageRecords },
      phases: { assessmentsSeconds: Math.round(assessmentsSeconds * 10) / 10, auditChainSeconds: Math.round(auditSeconds * 10) / 10 },
      fixtures,
    };
  } finally {
    await db.end();
  }
}
