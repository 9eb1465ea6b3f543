// Measures chain verification speed: generates N chained entries for one body
// (default 1,000,000) in the database named by DATABASE_URL, then verifies them.
//   npm run build && DATABASE_URL=postgres://.../scratch node bench/audit-verify.mjs [N]
// Not a test: the number depends on the machine.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { entryHash, GENESIS_HASH, payloadHashOf } from '../dist/src/audit/audit-chain.js';
import { AuditVerificationService } from '../dist/src/audit/audit-verification.service.js';
import { typeOrmOptions } from '../dist/src/database/typeorm.options.js';

const N = Number(process.argv[2] ?? 1_000_000);
const ds = await new DataSource(typeOrmOptions(process.env.DATABASE_URL, 2)).initialize();
const body = randomUUID();
const actor = randomUUID();
let prev = GENESIS_HASH;
const t0 = performance.now();
for (let start = 1; start <= N; start += 10_000) {
  const cols = Array.from({ length: 12 }, () => []);
  for (let seq = start; seq < Math.min(start + 10_000, N + 1); seq++) {
    const payload = { fullName: `Pengguna ${seq}`, phone: '+62 21 555 0101', employer: 'PT Contoh' };
    const e = {
      certificationBodyId: body, seq, occurredAt: new Date(1.7e12 + seq * 10), actorUserId: actor, actorRoles: ['admin'],
      action: 'user.profile_updated', entityType: 'user', entityId: actor, requestId: `req-${seq}`, clientIp: '10.0.0.7',
      payloadHash: payloadHashOf(payload),
    };
    const hash = entryHash(prev, e);
    [seq, e.occurredAt.toISOString(), actor, '{admin}', e.action, e.entityType, e.entityId, e.requestId, e.clientIp,
      JSON.stringify(payload), e.payloadHash, prev].forEach((v, i) => cols[i].push(v));
    cols[12] ??= [];
    cols[12].push(hash);
    prev = hash;
  }
  await ds.query(
    `INSERT INTO audit_entries (certification_body_id, seq, occurred_at, actor_user_id, actor_roles, action, entity_type,
       entity_id, request_id, client_ip, payload, payload_hash, prev_hash, hash)
     SELECT $1, s, o, a, r::text[], ac, et, ei, rq, ip, p::jsonb, ph, pv, h FROM unnest($2::bigint[], $3::timestamptz[],
       $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[])
       AS t(s, o, a, r, ac, et, ei, rq, ip, p, ph, pv, h)`,
    [body, ...cols],
  );
}
await ds.query(`INSERT INTO audit_chain_heads VALUES ($1, $2, $3)`, [body, N, prev]);
await ds.query(`ANALYZE audit_entries`);
console.log(`generated ${N} entries in ${Math.round(performance.now() - t0)} ms`);
const sut = new AuditVerificationService(ds);
for (let run = 1; run <= 3; run++) {
  const cpu0 = process.cpuUsage();
  const t = performance.now();
  const r = await sut.verify(body);
  const ms = performance.now() - t;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  console.log(
    `run ${run}: ok=${r.ok} checked=${r.checked} in ${Math.round(ms)} ms = ${Math.round((r.checked / ms) * 1000)} entries/s` +
      ` (node CPU ${Math.round(cpuMs)} ms = ${Math.round((r.checked / cpuMs) * 1000)} entries per CPU-second)`,
  );
}
await ds.destroy();
