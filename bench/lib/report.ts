import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import type { ScenarioResult, SeedSummary } from './types.js';

export function printTable(results: ScenarioResult[], seed: SeedSummary): void {
  const rows = results.map((r) => [
    r.id,
    r.title,
    `${r.value} ${r.unit}`,
    r.baseline ? `${r.baseline.value} (${r.baseline.title})` : '—',
    r.ratio !== undefined ? String(r.ratio) : '—',
    r.target,
    r.met === undefined ? '—' : r.met ? 'met' : 'NOT MET',
  ]);
  const head = ['scenario', 'what', 'figure', 'baseline', 'ratio', 'target', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join(' | ');
  console.log(`\nSeeding: ${seed.seconds.toFixed(1)} s (${JSON.stringify(seed.counts)}; phases ${JSON.stringify(seed.phases ?? {})})`);
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const r of rows) console.log(line(r));
  for (const r of results) if (r.details || r.note) console.log(`\n${r.id}: ${r.note ?? ''}\n  ${JSON.stringify(r.details ?? {})}`);
}

export function writeResults(results: ScenarioResult[], seed: SeedSummary, quick: boolean): string {
  mkdirSync('bench/results', { recursive: true });
  const file = `bench/results/${new Date().toISOString().replace(/[:.]/g, '-')}${quick ? '-quick' : ''}.json`;
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version,
    loadAverageAtEnd: loadavg().map((l) => Math.round(l * 100) / 100) };
  writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), quick, machine, seed, results }, null, 2));
  return file;
}
