// Runs in its own process: drives autocannon and records every response time in an
// HDR histogram so that p95 can be reported (autocannon's summary has no p95).
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import * as hdr from 'hdr-histogram-js';

const o = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const histogram = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: 3 });

let exhausted = false;

/**
 * `o.rotate`: every request is a different observation checklist (8 KUK of one in_progress assessment, with
 * its lead assessor's token), item j of the slice [start, end) of the plan file; stops when the slice is used up.
 */
function rotatingRequests(): autocannon.Request[] | undefined {
  if (!o.rotate) return undefined;
  const plan = JSON.parse(readFileSync(o.rotate.file, 'utf8')) as { assessments: [string, number, number][]; kuk: string[][][] };
  const tokens: string[] = o.rotate.tokens;
  let next = o.rotate.start;
  return [{
    setupRequest(req: autocannon.Request) {
      if (next >= o.rotate.end) {
        exhausted = true;
        instance.stop();
        next = o.rotate.start; // the request still goes out; it will be refused (409) and counted
      }
      const j = next++;
      const [id, who, version] = plan.assessments[j % plan.assessments.length];
      const group = Math.floor(j / plan.assessments.length) % plan.kuk[version].length;
      const records = plan.kuk[version][group].map((criterionId) => ({ criterionId, achieved: true, benchmark: 'SOP pengembangan aplikasi' }));
      return { ...req, method: 'POST', path: `/assessments/${id}/observations`,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[who]}` }, body: JSON.stringify({ records }) };
    },
  }];
}

/**
 * `o.cycle`: GET requests over a list of paths, each from a different client address
 * (X-Forwarded-For, trusted from loopback) as many verifiers scanning QR codes would be.
 */
function cyclingRequests(): autocannon.Request[] | undefined {
  if (!o.cycle) return undefined;
  const paths: string[] = o.cycle.paths;
  let n = 0;
  return [{
    setupRequest(req: autocannon.Request) {
      const i = n++;
      const address = `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
      return { ...req, method: 'GET', path: paths[i % paths.length], headers: { ...(req.headers ?? {}), 'x-forwarded-for': address } };
    },
  }];
}

const instance = autocannon(
  {
    url: o.url,
    method: o.method ?? 'GET',
    headers: o.headers ?? {},
    body: o.body,
    connections: o.connections,
    duration: o.seconds,
    amount: o.requests,
    requests: rotatingRequests() ?? cyclingRequests(),
  },
  (err: Error | null, result: any) => {
    if (err) {
      console.error(err);
      process.exit(1);
    }
    const us = (p: number) => histogram.getValueAtPercentile(p) / 1000;
    process.stdout.write(
      JSON.stringify({
        requestsPerSec: result.requests.average,
        total: result.requests.total,
        p50: us(50),
        p95: us(95),
        p99: us(99),
        errors: result.errors + result.timeouts,
        non2xx: result.non2xx,
        exhausted,
      }),
    );
  },
);
// responseTime is in ms with sub-ms precision; the histogram keeps microseconds.
instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
  histogram.recordValue(Math.max(1, Math.round(responseTime * 1000)));
});
