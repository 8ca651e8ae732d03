import type { Measurement } from '../measurement';
import { fixed, markdownTable, ms } from './format';

/** Header cells starting with ':' are right-aligned numbers. */
const HEADER = [
  'scenario',
  ':backend latency',
  ':conns',
  ':ok req/s',
  ':p50 ms',
  ':p90 ms',
  ':p99 ms',
  ':service CPU ms/req',
  ':backends CPU ms/req',
  ':peak RSS MiB',
  ':backend calls/req',
  ':failures',
  ':other CPU %',
];

/** The main table: one row per scenario, backend latency and connection count. */
export function resultsTable(measurements: readonly Measurement[]): string {
  const rows = measurements.map((m) => [
    m.label,
    `${m.latencyMs} ms`,
    String(m.connections),
    fixed(m.reqPerSec, 0),
    ms(m.p50Ms),
    ms(m.p90Ms),
    ms(m.p99Ms),
    fixed(m.cpuMsPerReq, 2),
    fixed(m.backendCpuMsPerReq, 2),
    fixed(m.peakRssMb, 0),
    fixed(m.callsPerReq, 1),
    m.failureCount === 0 ? '0' : `**${m.failureCount}**`,
    fixed(m.otherCpuPct, 0),
  ]);
  return markdownTable(HEADER, rows);
}
