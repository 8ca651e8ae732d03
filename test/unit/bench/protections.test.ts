import type {
  LatencyComparison,
  RoundFigures,
} from '../../../scripts/bench/protections/compare-at-latency';
import { parseProtectionsArgs } from '../../../scripts/bench/protections/options';
import { judge, verdictTable } from '../../../scripts/bench/protections/report';
import { measurement } from './measurement-fixture';

describe('parseProtectionsArgs', () => {
  it('runs 0 and 20 ms backends, 6 rounds of 3 s slices at 32 connections by default', () => {
    expect(parseProtectionsArgs([])).toMatchObject({
      quick: false,
      latenciesMs: [0, 20],
      connections: 32,
      sliceSec: 3,
      rounds: 6,
      warmupSec: 4,
      build: true,
      dist: undefined,
      maxCostPct: 10,
    });
  });

  it('is short, at 0 ms only, with --quick', () => {
    expect(parseProtectionsArgs(['--quick'])).toMatchObject({
      latenciesMs: [0],
      sliceSec: 1,
      rounds: 4,
      warmupSec: 2,
    });
  });

  it('reads values and switches, and refuses what it does not know', () => {
    const argv = ['--duration', '5', '--rounds', '8', '--connections', '16', '--latencies', '20'];
    const options = parseProtectionsArgs([...argv, '--no-build', '--dist', 'dist-b']);
    expect(options).toMatchObject({
      sliceSec: 5,
      rounds: 8,
      connections: 16,
      latenciesMs: [20],
      build: false,
      dist: 'dist-b',
    });
    expect(() => parseProtectionsArgs(['--only', 'web'])).toThrow(/unknown "--only"/);
    expect(() => parseProtectionsArgs(['--rounds', '0'])).toThrow(/positive/);
    expect(() => parseProtectionsArgs(['--latencies', '0,x'])).toThrow(/bad latency/);
  });
});

const round = (on: number, off: number): RoundFigures => ({
  order: ['on', 'off'],
  reqPerSec: { on, off },
  cpuMsPerReq: { on: 1, off: 1 },
});

function comparison(rounds: RoundFigures[], failures = 0): LatencyComparison {
  return {
    latencyMs: 0,
    on: measurement({ reqPerSec: 90, cpuMsPerReq: 5.5, failureCount: failures }),
    off: measurement({ reqPerSec: 100, cpuMsPerReq: 5 }),
    rounds,
  };
}

describe('judge', () => {
  it('judges the median of the rounds, so one disturbed round cannot decide', () => {
    const verdict = judge(comparison([round(95, 100), round(50, 100), round(96, 100)]), 10);
    expect(verdict.roundCostPct.map((c) => Math.round(c))).toEqual([5, 50, 4]);
    expect(verdict.costPct).toBeCloseTo(5);
    expect(verdict.pooledCostPct).toBeCloseTo(10);
    expect(verdict.cpuRatio).toBeCloseTo(1.1);
    expect(verdict.pass).toBe(true);
  });

  it('fails above the ceiling, and with any failed request however cheap the protections', () => {
    expect(judge(comparison([round(85, 100), round(88, 100)]), 10).pass).toBe(false);
    expect(judge(comparison([round(100, 100)], 1), 10)).toMatchObject({ failures: 1, pass: false });
  });

  it('prints PASS or FAIL against the ceiling', () => {
    const table = verdictTable([judge(comparison([round(85, 100)]), 10)], 10);
    expect(table).toContain('| 0 ms | 15.0 % | 15.0 | 10.0 % | 1.100 (+10.0 %) | 0 | **FAIL** |');
  });

  it('shows a quick run against the ceiling without a verdict', () => {
    const table = verdictTable([judge(comparison([round(85, 100)]), 10)], 10, false);
    expect(table).toContain('quick run: not judged');
    expect(table).toContain('| 0 ms | 15.0 % | 15.0 | 10.0 % | 1.100 (+10.0 %) | 0 | over |');
    expect(table).not.toContain('FAIL');
  });
});
