import { loadavg } from 'node:os';
import { startApi, freePort } from './lib/api.js';
import { startBenchDatabase } from './lib/database.js';
import { printTable, writeResults } from './lib/report.js';
import { FULL, QUICK, seed } from './lib/seed.js';
import type { Scenario, ScenarioResult } from './lib/types.js';
import { authenticatedRead } from './scenarios/authenticated-read.js';
import { auditVerification } from './scenarios/audit-verification.js';
import { coldStart } from './scenarios/cold-start.js';
import { coverageMatrix } from './scenarios/coverage-matrix.js';
import { listAssessments } from './scenarios/list-assessments.js';
import { pdfRendering } from './scenarios/pdf-rendering.js';
import { publicVerification } from './scenarios/public-verification.js';
import { recordJudgements } from './scenarios/record-judgements.js';
import { reports } from './scenarios/reports.js';
import { scaleOut } from './scenarios/scale-out.js';

/** `npm run bench [-- --quick] [-- --only=7-cold-start,...]` */
const SCENARIOS: Scenario[] = [
  authenticatedRead, recordJudgements, coverageMatrix, listAssessments, publicVerification, pdfRendering, auditVerification, coldStart, scaleOut, reports,
];

/** 1-minute load average, rounded: the machine may be shared, so every result says how busy it was. */
const load = () => Math.round(loadavg()[0] * 100) / 100;

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
  const selected = SCENARIOS.filter((s) => !only || only.includes(s.id));
  console.log(`Kompeten benchmark (${quick ? 'quick' : 'full'} size): ${selected.map((s) => s.id).join(', ')}`);

  const db = await startBenchDatabase(await freePort());
  const seeded = await seed(db.url, quick ? QUICK : FULL);
  console.log(`seeded in ${seeded.seconds.toFixed(1)} s`);
  const api = await startApi({ DATABASE_URL: db.url, DATABASE_POOL_SIZE: '16' });
  const results: ScenarioResult[] = [];
  try {
    for (const s of selected) {
      console.log(`running ${s.id}…`);
      const loadBefore = load();
      let result: ScenarioResult;
      try {
        result = await s.run({ quick, databaseUrl: db.url, apiUrl: api.url, apiPid: api.pid, seed: seeded });
      } catch (err) {
        result = { id: s.id, title: s.title, unit: '', value: NaN, target: '', met: false, note: `failed: ${(err as Error).message}` };
      }
      result.details = { ...result.details, loadAverage1m: { before: loadBefore, after: load() } };
      results.push(result);
    }
  } finally {
    await api.stop();
    await db.stop();
  }
  printTable(results, seeded);
  console.log(`\nresults written to ${writeResults(results, seeded, quick)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
