// `npm run bench:faults [-- --quick]`: one sick backend must never take the BFF down.
// Steady OrderHistory load on the web BFF (all five backends) for each case: everything
// healthy, inventory DOWN (stopped), reviews HANGING (accepts calls, never answers), with
// the circuit breaker on and off. Prints, per case: share of HTTP 200, p99 latency,
// throughput, and the calls that reached the sick backend. Loopback only, bounded in time.
import { getSampleData } from '../../services/backends';
import { ORDER_HISTORY } from '../../test/support/web-bff';
import { FAULT_CASES, startCase, type FaultCase } from './faults-cases';
import { runLoad } from './faults-load';

const quick = process.argv.includes('--quick');
const DURATION_SEC = quick ? 3 : 10;
const CONNECTIONS = 8;

interface Row {
  name: string;
  ok: string;
  p50: string;
  p99: string;
  rps: string;
  sick: string;
}

async function measure(fault: FaultCase): Promise<Row> {
  const running = await startCase(fault);
  try {
    // Counted from the first request on: the calls it takes to open the circuit are the point.
    const load = await runLoad({
      ...loadOf(running.bff),
      durationSec: DURATION_SEC,
      connections: CONNECTIONS,
    });
    const { sent, retries } = await running.sickCalls();
    return {
      name: fault.name,
      ok: `${(load.okShare * 100).toFixed(1)}%`,
      p50: `${load.p50Ms} ms`,
      p99: `${load.p99Ms} ms`,
      rps: load.rps.toFixed(0),
      sick: fault.sickness === 'none' ? '-' : `${sent} (${retries} of them retries)`,
    };
  } finally {
    await running.stop();
  }
}

function loadOf(bff: { url: string; token: string }) {
  return { url: bff.url, token: bff.token, query: ORDER_HISTORY };
}

function print(rows: Row[]): void {
  const header: Row = {
    name: 'case',
    ok: 'HTTP 200',
    p50: 'p50',
    p99: 'p99',
    rps: 'req/s',
    sick: 'calls sent to the sick backend',
  };
  const keys = Object.keys(header) as Array<keyof Row>;
  const width = (key: keyof Row) => Math.max(...[header, ...rows].map((row) => row[key].length));
  const line = (row: Row) => `| ${keys.map((key) => row[key].padEnd(width(key))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${keys.map((key) => '-'.repeat(width(key) + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

async function main(): Promise<void> {
  console.log(`fault bench: ${DURATION_SEC} s per case, ${CONNECTIONS} connections, OrderHistory`);
  getSampleData(); // built once per process: not what is measured
  const rows: Row[] = [];
  for (const fault of FAULT_CASES) {
    console.log(`running: ${fault.name}`);
    rows.push(await measure(fault));
  }
  print(rows);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
