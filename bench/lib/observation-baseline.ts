import { readFileSync } from 'node:fs';
import pg from 'pg';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../src/audit/audit.service.js';
import type { RotatingPlan } from './load.js';
import { takeItems } from './observation-plan.js';

const POOL = 8;
/** Items (checklists of 8 rows) a baseline second may use at most. */
const ITEMS_PER_SECOND = 600;

/**
 * Baseline of scenario 1: the same observation rows inserted directly with node-postgres, a pool of 8, one
 * transaction per row, each with the same audit append as the API (AuditService.record, i.e. the same SQL and
 * hashing, given a client that only has `query`). No HTTP, auth, validation or lookups. Returns rows/s.
 */
export async function insertObservationsDirectly(
  databaseUrl: string, bodyId: string, p: RotatingPlan & { emails: string[] }, seconds: number,
): Promise<{ rowsPerSec: number; rows: number; exhausted: boolean }> {
  const data = JSON.parse(readFileSync(p.file, 'utf8')) as { assessments: [string, number, number][]; kuk: string[][][] };
  const pool = new pg.Pool({ connectionString: databaseUrl, max: POOL });
  const audit = new AuditService();
  try {
    const { rows: users } = await pool.query(`SELECT id, email FROM users WHERE email = ANY ($1)`, [p.emails]);
    const userOf = p.emails.map((e) => users.find((u) => u.email === e)!.id as string);
    const slice = takeItems(p, seconds * ITEMS_PER_SECOND);
    let next = slice.start;
    let rows = 0;
    const deadline = performance.now() + seconds * 1000;
    const started = performance.now();
    const loop = async () => {
      const client = await pool.connect();
      const em = { query: (sql: string, params: unknown[]) => client.query(sql, params).then((r) => r.rows) } as unknown as EntityManager;
      try {
        while (performance.now() < deadline && next < slice.end) {
          const j = next++;
          const [assessmentId, who, version] = data.assessments[j % data.assessments.length];
          const kuk = data.kuk[version][Math.floor(j / data.assessments.length) % data.kuk[version].length];
          for (const criterionId of kuk) {
            await client.query('BEGIN');
            const { rows: [r] } = await client.query(
              `INSERT INTO assessment_evidence_records (certification_body_id, assessment_id, kind, criterion_ids, satisfied, further_assessment,
                                                        details, recorded_by_user_id)
               VALUES ($1, $2, 'observation', $3, true, '', $4, $5) RETURNING id`,
              [bodyId, assessmentId, [criterionId], { achieved: true, benchmark: 'SOP pengembangan aplikasi' }, userOf[who]],
            );
            await audit.record(em, {
              bodyId, actor: { id: userOf[who], roles: ['assessor'] }, action: 'assessment.observation_recorded', entityType: 'assessment',
              entityId: assessmentId, payload: { records: [{ id: r.id, criterionIds: [criterionId], satisfied: true, supersedes: null }] },
            });
            await client.query('COMMIT');
            rows++;
          }
        }
      } finally {
        client.release();
      }
    };
    await Promise.all(Array.from({ length: POOL }, loop));
    return { rowsPerSec: rows / ((performance.now() - started) / 1000), rows, exhausted: next >= slice.end };
  } finally {
    await pool.end();
  }
}
