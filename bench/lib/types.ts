export interface LoadStats {
  requestsPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** A rotating run used up its slice before its time was over. */
  exhausted?: boolean;
}

export interface ProcessStats {
  cpuPercent: number;
  maxRssMb: number;
}

export interface ScenarioResult {
  id: string;
  title: string;
  /** What the figure means, e.g. 'req/s' or 'ms'. */
  unit: string;
  value: number;
  baseline?: { title: string; value: number };
  /** scenario / baseline (for latency-like units: baseline / scenario). */
  ratio?: number;
  target: string;
  met?: boolean;
  details?: Record<string, unknown>;
  note?: string;
}

export interface BenchContext {
  quick: boolean;
  databaseUrl: string;
  apiUrl: string;
  apiPid: number;
  seed: SeedSummary;
}

export interface SeedSummary {
  bigBodyId: string;
  adminEmail: string;
  password: string;
  seconds: number;
  counts: Record<string, number>;
  /** Seconds of separately timed seeding phases. */
  phases?: Record<string, number>;
  fixtures?: { coverageAssessmentId: string; coverageRecords: number };
}

export interface Scenario {
  id: string;
  title: string;
  run(ctx: BenchContext): Promise<ScenarioResult>;
}
