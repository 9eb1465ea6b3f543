// Runs in its own process: drives autocannon and records every response time in an
// HDR histogram so that p95 can be reported (autocannon's summary has no p95).
import autocannon from 'autocannon';
import * as hdr from 'hdr-histogram-js';

const o = JSON.parse(process.argv[2]);
const histogram = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: 3 });

const instance = autocannon(
  {
    url: o.url,
    method: o.method ?? 'GET',
    headers: o.headers ?? {},
    body: o.body,
    connections: o.connections,
    duration: o.seconds,
    requests: o.requests,
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
      }),
    );
  },
);
// responseTime is in ms with sub-ms precision; the histogram keeps microseconds.
instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
  histogram.recordValue(Math.max(1, Math.round(responseTime * 1000)));
});
