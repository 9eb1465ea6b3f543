import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { RotatingPlan } from './load.js';
import type { BenchContext } from './types.js';

/** Requests per second of load a run may reach before its slice of the plan runs out. */
const PER_SECOND = 1000;
const TOKEN_MAX_AGE_MS = 10 * 60_000; // access tokens live 15 min

interface Session { accessToken: string; refreshToken: string; at: number }
let plan: (RotatingPlan & { emails: string[]; sessions: Session[] }) | undefined;

async function post<T>(url: string, body: unknown): Promise<T> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`POST ${url}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<T>;
}

/** Signs in through the API (the login limit allows 50 per address and 15 minutes: sessions are refreshed, not renewed). */
export async function signIn(apiUrl: string, email: string, password: string): Promise<Session> {
  const pair = await post<{ accessToken: string; refreshToken: string }>(`${apiUrl}/auth/login`, { email, password });
  return { ...pair, at: Date.now() };
}

/**
 * The work list of scenarios 1 and 8, shared by every run so that no checklist is sent twice: every
 * in_progress assessment without evidence (the coverage fixture excluded) × its 10 units' 8 KUK, with the
 * lead assessor. Item j is assessment j mod N, unit ⌊j / N⌋: requests in flight hit different assessments.
 */
export async function observationPlan(ctx: BenchContext): Promise<RotatingPlan & { emails: string[] }> {
  if (!plan) {
    const db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    try {
      const { rows: assessments } = await db.query(
        `SELECT a.id, a.scheme_version_id AS version, u.email
           FROM assessments a
           JOIN assessment_assessors aa ON aa.certification_body_id = a.certification_body_id AND aa.assessment_id = a.id AND aa.active
           JOIN users u ON u.id = aa.assessor_user_id
          WHERE a.certification_body_id = $1 AND a.status = 'in_progress' AND a.id <> $2
            AND NOT EXISTS (SELECT 1 FROM assessment_evidence_records r WHERE r.certification_body_id = a.certification_body_id AND r.assessment_id = a.id)
          ORDER BY a.id`,
        [ctx.seed.bigBodyId, ctx.seed.fixtures?.coverageAssessmentId],
      );
      const { rows: units } = await db.query(
        `SELECT pc.scheme_version_id AS version, array_agg(pc.id ORDER BY e.number, pc.position) AS kuk
           FROM performance_criteria pc
           JOIN scheme_elements e ON e.certification_body_id = pc.certification_body_id AND e.id = pc.element_id
           JOIN scheme_units u ON u.certification_body_id = e.certification_body_id AND u.id = e.unit_id
          WHERE pc.certification_body_id = $1 GROUP BY pc.scheme_version_id, u.position ORDER BY pc.scheme_version_id, u.position`,
        [ctx.seed.bigBodyId],
      );
      const versions = [...new Set(units.map((u) => u.version as string))];
      const emails = [...new Set(assessments.map((a) => a.email as string))];
      const file = join(tmpdir(), `kompeten-bench-observations-${process.pid}.json`);
      writeFileSync(file, JSON.stringify({
        assessments: assessments.map((a) => [a.id, emails.indexOf(a.email), versions.indexOf(a.version)]),
        kuk: versions.map((v) => units.filter((u) => u.version === v).map((u) => u.kuk)),
      }));
      const sessions = [];
      for (const email of emails) sessions.push(await signIn(ctx.apiUrl, email, ctx.seed.password));
      const capacity = assessments.length * (units.length / versions.length);
      plan = { file, tokens: [], capacity, next: 0, perSecond: PER_SECOND, emails, sessions };
    } finally {
      await db.end();
    }
  }
  for (const [i, s] of plan.sessions.entries()) {
    if (Date.now() - s.at > TOKEN_MAX_AGE_MS) {
      plan.sessions[i] = { ...(await post<Session>(`${ctx.apiUrl}/auth/refresh`, { refreshToken: s.refreshToken })), at: Date.now() };
    }
  }
  plan.tokens = plan.sessions.map((s) => s.accessToken);
  return plan;
}

/** Takes the next `items` checklists (8 KUK each) for a run outside autocannon (the baseline). */
export function takeItems(p: RotatingPlan, items: number): { start: number; end: number } {
  const start = p.next;
  p.next = Math.min(p.capacity, start + items);
  return { start, end: p.next };
}
