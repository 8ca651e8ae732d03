import { parseStat, statusBytes } from '../../../scripts/bench/probe/proc-parse';

// Fields 1..15 of a real /proc/<pid>/stat line; utime=1200, stime=34.
const stat = (comm: string) =>
  `4242 (${comm}) S 4200 4242 4242 0 -1 4194560 9 0 0 0 1200 34 0 0 20`;

describe('parseStat', () => {
  it('reads ppid and utime + stime', () => {
    expect(parseStat(stat('node'))).toEqual({ ppid: 4200, cpuTicks: 1234 });
  });

  it('counts fields from the last parenthesis when the name has spaces and parentheses', () => {
    expect(parseStat(stat('node (worker) 1'))).toEqual({ ppid: 4200, cpuTicks: 1234 });
  });
});

describe('statusBytes', () => {
  const status = 'Name:\tnode\nVmHWM:\t  204800 kB\nVmRSS:\t  102400 kB\n';

  it('reads VmHWM and VmRSS in bytes', () => {
    expect(statusBytes(status, 'VmHWM')).toBe(200 * 1024 * 1024);
    expect(statusBytes(status, 'VmRSS')).toBe(100 * 1024 * 1024);
  });

  it('returns 0 when the line is absent (a zombie has no memory lines)', () => {
    expect(statusBytes('Name:\tnode\n', 'VmHWM')).toBe(0);
  });
});
