import { checkTargets, targetsTable, verdict } from '../../../scripts/bench/report/targets';
import { measurement } from './measurement-fixture';

const run = [
  measurement({ role: 'bff', reqPerSec: 700 }),
  measurement({ role: 'floor', service: 'floor', reqPerSec: 1000 }),
  measurement({ role: 'naive', service: 'web-naive', reqPerSec: 100 }),
  measurement({ role: 'bff', latencyMs: 20, connections: 1, p50Ms: 42.5 }),
  measurement({ role: 'floor', service: 'floor', latencyMs: 20, connections: 1, p50Ms: 40 }),
];

describe('checkTargets', () => {
  it('passes ratios, p50, failures and memory within the thresholds', () => {
    const checks = checkTargets(run, 32);
    expect(checks.map((c) => [c.measured, verdict(c)])).toEqual([
      ['0.70×', 'PASS'],
      ['not measured', 'n/a'], // no floor at 20 ms in this run
      ['7.00×', 'PASS'],
      ['not measured', 'n/a'],
      ['42.5 ms', 'PASS'],
      ['2.5 ms', 'PASS'],
      ['not measured', 'n/a'], // no critical-path measurement in this run
      ['0', 'PASS'],
      ['120 MiB', 'PASS'],
    ]);
  });

  it('fails below the floor ratio, above the p50, with any failure or too much memory', () => {
    const bad = [
      measurement({ role: 'bff', reqPerSec: 500, peakRssMb: 260 }),
      measurement({ role: 'floor', service: 'floor', reqPerSec: 1000, peakRssMb: 900 }),
      measurement({ role: 'bff', latencyMs: 20, connections: 1, p50Ms: 44 }),
      measurement({ role: 'floor', service: 'floor', latencyMs: 20, connections: 1, p50Ms: 40 }),
      measurement({ label: 'mobile HomeScreen', failureCount: 3 }),
      measurement({
        role: 'naive',
        service: 'web-naive',
        reqPerSec: 10,
        failureCount: 50,
        peakRssMb: 400,
      }),
    ];
    const checks = checkTargets(bad, 32);
    const failed = checks.filter((c) => c.pass === false).map((c) => c.measured);
    // The naive baseline's 50 failures and 400 MiB are shown in the table but not judged.
    expect(failed).toEqual([
      '0.50×',
      '44.0 ms',
      '4.0 ms',
      '3 in mobile HomeScreen 0 ms x32',
      '260 MiB',
    ]);
    expect(targetsTable(checks)).toContain('**FAIL**');
  });

  it('names what two bare backend calls cost beside the literal p50', () => {
    const bound = {
      latencyMs: 20,
      samples: 100,
      oneCallP50Ms: 22.04,
      twoCallsP50Ms: 44.08,
      timerP50Ms: 20.35,
    };
    const atZero = { ...bound, latencyMs: 0, timerP50Ms: undefined };
    const p50 = checkTargets(run, 32, { bounds: [atZero, bound] }).find((c) =>
      c.target.includes('p50 ≤'),
    );
    expect(p50).toMatchObject({
      measured: '42.5 ms (two bare sequential calls: 44.1 ms)',
      pass: true,
    });
  });

  it('judges the BFF’s own time on the critical path, not the floor’s', () => {
    const phases = (ownMs: number) => ({
      ingressMs: 1,
      betweenWavesMs: 0.5,
      tailMs: ownMs - 1.5,
      ownMs,
      totalMs: 48 + ownMs,
    });
    const ownTime = (bffOwnMs: number) =>
      checkTargets(run, 32, {
        criticalPath: [
          { label: 'web OrderHistory', role: 'bff', requests: 300, p50: phases(bffOwnMs) },
          { label: 'floor', role: 'floor', requests: 300, p50: phases(9) },
        ],
      }).find((c) => c.target.includes('critical path'));
    expect(ownTime(2.98)).toMatchObject({ measured: '2.98 ms', pass: true });
    expect(ownTime(3.01)).toMatchObject({ measured: '3.01 ms', pass: false });
  });

  it('never rounds a failing ratio up, and reads a baseline that answered nothing', () => {
    const checks = checkTargets(
      [
        measurement({ role: 'bff', reqPerSec: 599 }),
        measurement({ role: 'floor', service: 'floor', reqPerSec: 1000 }),
        measurement({ role: 'naive', service: 'web-naive', reqPerSec: 0, failureCount: 64 }),
      ],
      32,
    );
    expect(checks.slice(0, 2).map((c) => [c.measured, verdict(c)])).toEqual([
      ['0.59×', 'FAIL'],
      ['∞ (naive answered nothing successfully)', 'PASS'],
    ]);
  });
});
