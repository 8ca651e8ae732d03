// Steady load with autocannon in its own process (its CLI, --json), so the load generator
// does not share the event loop with the BFF and backends it measures.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../../services/shared';

export interface LoadOptions {
  url: string;
  token: string;
  query: string;
  durationSec: number;
  connections: number;
}

export interface LoadResult {
  requests: number;
  /** Share of requests answered HTTP 200 (errors and timeouts count as not 200). */
  okShare: number;
  p50Ms: number;
  p99Ms: number;
  rps: number;
}

interface AutocannonJson {
  requests: { total: number; average: number };
  latency: { p50: number; p99: number };
  '2xx': number;
  non2xx: number;
  errors: number;
}

/** Drives POST `query` at `url` for `durationSec`, on 127.0.0.1 only, and reads the summary. */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  const cli = join(projectRoot(), 'node_modules', 'autocannon', 'autocannon.js');
  const args = [
    cli,
    ...['-c', String(options.connections), '-d', String(options.durationSec), '-t', '15'],
    ...['-m', 'POST', '-H', 'content-type=application/json'],
    ...['-H', `authorization=Bearer ${options.token}`],
    ...['-b', JSON.stringify({ query: options.query }), '-n', '-j', options.url],
  ];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 }, (error, stdout) => {
      if (error) return reject(error);
      const summary = JSON.parse(stdout) as AutocannonJson;
      // autocannon counts a timeout among its errors too.
      const answered = summary['2xx'] + summary.non2xx + summary.errors;
      resolve({
        requests: answered,
        okShare: answered === 0 ? 0 : summary['2xx'] / answered,
        p50Ms: summary.latency.p50,
        p99Ms: summary.latency.p99,
        rps: summary.requests.average,
      });
    });
  });
}
