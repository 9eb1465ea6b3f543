import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { freePort, startApi } from './lib/api.js';
import { startBenchDatabase } from './lib/database.js';

/**
 * `npm run test:soak [-- --seconds=60]`: the compiled API under a mix of every
 * role's traffic (autocannon, 32 connections) for N seconds. Fails (exit 1) on
 * any error or non-2xx answer, on resident memory growing more than
 * SOAK_MAX_RSS_GROWTH_MB after warm-up, or on the app's database connections
 * (pg_stat_activity, application_name 'kompeten') exceeding its pool.
 */
const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const SECONDS = arg('seconds', Number(process.env.SOAK_SECONDS ?? 60));
const CONNECTIONS = 32;
const POOL_SIZE = 10;
const MAX_RSS_GROWTH_MB = Number(process.env.SOAK_MAX_RSS_GROWTH_MB ?? 150);
const DEMO_PASSWORD = 'Kompeten#2026';

type Req = { method: 'GET' | 'POST' | 'PATCH'; path: string; body?: string; headers?: Record<string, string>; setupRequest?: (r: any) => any };

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

async function appConnections(url: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'kompeten' AND datname = current_database()`);
    return rows[0].n;
  } finally {
    await c.end();
  }
}

async function api<T>(base: string, method: string, path: string, token?: string, body?: unknown): Promise<T> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body && !(body instanceof FormData) ? { 'content-type': 'application/json' } : {}) },
    body: body instanceof FormData ? body : body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<T>;
}

/** Logs in every demo role and creates what their traffic reads; returns each role's request cycle. */
async function trafficMix(base: string): Promise<Array<{ role: string; connections: number; requests: Req[] }>> {
  const token = async (email: string) => (await api<{ accessToken: string }>(base, 'POST', '/auth/login', undefined, { email, password: DEMO_PASSWORD })).accessToken;
  const [admin, assessor, candidate, committee, auditor] = await Promise.all(
    ['admin@lsp-demo.id', 'asesor@lsp-demo.id', 'asesi@lsp-demo.id', 'komite@lsp-demo.id', 'auditor@lsp-demo.id'].map(token),
  );
  const me = await api<{ id: string }>(base, 'GET', '/me', assessor);
  const bodyId = JSON.parse(Buffer.from(admin.split('.')[1], 'base64url').toString()).bid as string;
  const schemes = await api<{ items: Array<{ id: string; currentVersionId: string }> }>(base, 'GET', '/schemes', admin);
  const scheme = schemes.items[0];
  const members = await api<{ items: Array<{ id: string }> }>(base, 'GET', '/members', admin);
  const form = new FormData();
  form.set('title', 'Ijazah');
  form.set('evidenceType', 'indirect');
  form.set('file', new Blob([Buffer.from(`%PDF-1.4\n1 0 obj <<>> endobj\n%${'x'.repeat(2000)}\ntrailer <<>>\n%%EOF\n`)], { type: 'application/pdf' }), 'ijazah.pdf');
  const item = await api<{ id: string }>(base, 'POST', '/portfolio-items', candidate, form);
  const auth = (t: string) => ({ authorization: `Bearer ${t}` });
  const json = { 'content-type': 'application/json' };
  let invitation = 0;
  return [
    { role: 'anonymous', connections: 2, requests: [
      { method: 'GET', path: '/health/ready' },
      { method: 'GET', path: `/public/certification-bodies/${bodyId}/schemes` },
      { method: 'GET', path: `/public/certification-bodies/${bodyId}/schemes/${scheme.id}` },
    ] },
    { role: 'candidate', connections: 10, requests: [
      { method: 'GET', path: '/me', headers: auth(candidate) },
      { method: 'GET', path: '/portfolio-items', headers: auth(candidate) },
      { method: 'GET', path: `/portfolio-items/${item.id}`, headers: auth(candidate) },
      { method: 'GET', path: `/portfolio-items/${item.id}/content`, headers: auth(candidate) },
      { method: 'PATCH', path: '/me', headers: { ...auth(candidate), ...json }, body: JSON.stringify({ position: 'Junior Web Developer' }) },
    ] },
    { role: 'admin', connections: 8, requests: [
      { method: 'GET', path: '/members', headers: auth(admin) },
      { method: 'GET', path: `/members/${members.items[0].id}`, headers: auth(admin) },
      { method: 'GET', path: '/schemes', headers: auth(admin) },
      { method: 'GET', path: `/schemes/${scheme.id}/versions/${scheme.currentVersionId}`, headers: auth(admin) },
      { method: 'POST', path: '/invitations', headers: { ...auth(admin), ...json },
        setupRequest: (r) => ({ ...r, body: JSON.stringify({ email: `soak${process.pid}-${++invitation}@example.test`, roles: ['assessor'] }) }) },
    ] },
    { role: 'assessor', connections: 5, requests: [
      { method: 'GET', path: '/assessor-profiles/mine', headers: auth(assessor) },
      { method: 'GET', path: `/relationships?userId=${me.id}`, headers: auth(assessor) },
      { method: 'GET', path: `/schemes/${scheme.id}`, headers: auth(assessor) },
    ] },
    { role: 'decision_maker', connections: 4, requests: [
      { method: 'GET', path: '/members', headers: auth(committee) },
      { method: 'GET', path: '/assessor-profiles', headers: auth(committee) },
    ] },
    { role: 'auditor', connections: 3, requests: [
      { method: 'GET', path: '/members?page=1&pageSize=50', headers: auth(auditor) },
      { method: 'GET', path: `/portfolio-items/${item.id}`, headers: auth(auditor) },
      { method: 'GET', path: '/reports/decisions?from=2026-01-01&to=2026-12-31', headers: auth(auditor) },
      { method: 'GET', path: '/reports/assessor-workload', headers: auth(auditor) },
      { method: 'GET', path: '/quality/samples', headers: auth(auditor) },
    ] },
  ];
}

function run(base: string, mix: Awaited<ReturnType<typeof trafficMix>>, seconds: number) {
  return Promise.all(mix.map(({ role, connections, requests }) =>
    autocannon({ url: base, connections, duration: seconds, requests: requests as never }).then((r) => ({
      role, total: r.requests.total, errors: r.errors + r.timeouts, non2xx: r.non2xx, p99: r.latency.p99,
    }))));
}

async function main(): Promise<void> {
  const db = await startBenchDatabase(await freePort());
  const server = await startApi({ DATABASE_URL: db.url, DATABASE_POOL_SIZE: String(POOL_SIZE), SEED_DEMO: 'true', JWT_ACCESS_TTL_SECONDS: '86400' });
  const violations: string[] = [];
  try {
    const mix = await trafficMix(server.url);
    const warmUp = Math.max(5, Math.round(SECONDS / 6));
    console.log(`soak: ${CONNECTIONS} connections, ${warmUp} s warm-up, then ${SECONDS} s (${mix.map((m) => `${m.role}×${m.connections}`).join(', ')})`);
    await run(server.url, mix, warmUp);
    const rssBefore = rssMb(server.pid);
    let rssMax = rssBefore;
    let connectionsMax = await appConnections(db.url);
    const sampler = setInterval(() => {
      rssMax = Math.max(rssMax, rssMb(server.pid));
      appConnections(db.url).then((n) => (connectionsMax = Math.max(connectionsMax, n)), () => undefined);
    }, 1000);
    const results = await run(server.url, mix, SECONDS).finally(() => clearInterval(sampler));
    await new Promise((r) => setTimeout(r, 2000));
    const rssAfter = rssMb(server.pid);
    const connectionsAfter = await appConnections(db.url);
    for (const r of results) {
      console.log(`  ${r.role.padEnd(15)} ${String(r.total).padStart(7)} requests  errors ${r.errors}  non-2xx ${r.non2xx}  p99 ${r.p99} ms`);
      if (r.errors || r.non2xx) violations.push(`${r.role}: ${r.errors} errors, ${r.non2xx} non-2xx answers`);
    }
    const growth = rssAfter - rssBefore;
    console.log(`  memory: RSS ${rssBefore.toFixed(0)} MB after warm-up, max ${rssMax.toFixed(0)} MB, ${rssAfter.toFixed(0)} MB after (growth ${growth.toFixed(0)} MB, bound ${MAX_RSS_GROWTH_MB})`);
    console.log(`  database connections (application_name kompeten): max ${connectionsMax} during, ${connectionsAfter} after (pool ${POOL_SIZE})`);
    if (growth > MAX_RSS_GROWTH_MB) violations.push(`RSS grew ${growth.toFixed(0)} MB (bound ${MAX_RSS_GROWTH_MB} MB)`);
    if (connectionsMax > POOL_SIZE || connectionsAfter > POOL_SIZE) violations.push(`database connections exceeded the pool: ${connectionsMax} during, ${connectionsAfter} after`);
  } finally {
    await server.stop();
    await db.stop();
  }
  if (violations.length) {
    console.error(`soak FAILED:\n  ${violations.join('\n  ')}`);
    process.exit(1);
  }
  console.log('soak passed');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
