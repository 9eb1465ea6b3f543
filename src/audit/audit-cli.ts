import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { validateEnvironment } from '../config/env.validation.js';
import { resolveDatabase } from '../database/database-url.js';
import { typeOrmOptions } from '../database/typeorm.options.js';
import { PLATFORM_CHAIN } from './audit-chain.js';
import { AuditVerificationService, type VerifyRange } from './audit-verification.service.js';

const USAGE = `usage: audit-cli verify --body <id|code|platform> [--from-seq N --to-seq M | --from ISO --to ISO]
  Recomputes the body's audit hash chain in the database named by DATABASE_URL
  (or the embedded one under DATA_DIR) and prints the result as JSON.
  Exit status: 0 intact, 1 broken, 2 usage or lookup error.`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function resolveBody(ds: DataSource, ref: string): Promise<string | undefined> {
  if (ref === 'platform') return PLATFORM_CHAIN;
  const rows = UUID.test(ref)
    ? await ds.query(
        `SELECT id FROM certification_bodies WHERE id = $1
         UNION SELECT certification_body_id FROM audit_chain_heads WHERE certification_body_id = $1`,
        [ref],
      )
    : await ds.query(`SELECT id FROM certification_bodies WHERE code = $1`, [ref]);
  return rows[0]?.id;
}

function rangeFrom(v: Record<string, string | undefined>): VerifyRange | string {
  const num = (s?: string) => (s === undefined ? undefined : Number(s));
  const date = (s?: string) => (s === undefined ? undefined : new Date(s));
  const range = { fromSeq: num(v['from-seq']), toSeq: num(v['to-seq']), from: date(v.from), to: date(v.to) };
  for (const n of [range.fromSeq, range.toSeq]) if (n !== undefined && !(Number.isInteger(n) && n >= 1)) return 'seqs are integers ≥ 1';
  for (const d of [range.from, range.to]) if (d !== undefined && Number.isNaN(d.getTime())) return 'times are ISO 8601';
  if ((range.fromSeq || range.toSeq) && (range.from || range.to)) return 'give a seq range or a time range, not both';
  return range;
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { body: { type: 'string' }, 'from-seq': { type: 'string' }, 'to-seq': { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } },
  });
  const range = rangeFrom(values);
  if (positionals[0] !== 'verify' || !values.body || typeof range === 'string') {
    console.error(typeof range === 'string' ? `${range}\n${USAGE}` : USAGE);
    return 2;
  }
  const env = validateEnvironment(process.env);
  const db = await resolveDatabase(env, () => undefined);
  const ds = await new DataSource(typeOrmOptions(db.url, 2)).initialize();
  try {
    const bodyId = await resolveBody(ds, values.body);
    if (!bodyId) {
      console.error(`no certification body ${values.body}`);
      return 2;
    }
    const result = await new AuditVerificationService(ds).verify(bodyId, range);
    console.log(JSON.stringify({ bodyId, ...result }, null, 2));
    return result.ok ? 0 : 1;
  } finally {
    await ds.destroy();
    await db.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(2);
  },
);
