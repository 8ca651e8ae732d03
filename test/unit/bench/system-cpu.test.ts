import { foreignCpuPct, parseSystemCpu } from '../../../scripts/bench/probe/system-cpu';

describe('parseSystemCpu', () => {
  it('counts user, nice, system, irq, softirq and steal as busy; idle and iowait as not', () => {
    const stat = 'cpu  100 5 50 800 20 3 2 10 0 0\ncpu0 50 2 25 400 10 1 1 5 0 0\n';
    expect(parseSystemCpu(stat)).toEqual({ busyTicks: 170, totalTicks: 990 });
  });
});

describe('foreignCpuPct', () => {
  const before = { busyTicks: 1000, totalTicks: 5000 };

  it("is the share of capacity busy with other processes' work", () => {
    // 200 ticks elapsed over all CPUs, 150 busy, 100 of them (1000 ms at 100 Hz) ours.
    const after = { busyTicks: 1150, totalTicks: 5200 };
    expect(foreignCpuPct(before, after, 1000, 100)).toBe(25);
  });

  it('is never negative (tick rounding) and NaN with no elapsed time', () => {
    expect(foreignCpuPct(before, { busyTicks: 1010, totalTicks: 5100 }, 1000, 100)).toBe(0);
    expect(foreignCpuPct(before, before, 0, 100)).toBeNaN();
  });
});
