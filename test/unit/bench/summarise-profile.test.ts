import type { CpuProfile } from '../../../scripts/bench/profile/cpu-profile';
import { frontdoorInclusive } from '../../../scripts/bench/profile/inclusive-time';
import { packageOf } from '../../../scripts/bench/profile/package-of';
import { summariseProfile } from '../../../scripts/bench/profile/summarise-profile';

const frame = (functionName: string, url = '', lineNumber = 0) => ({
  functionName,
  url,
  lineNumber,
  columnNumber: 0,
});

// (root) ─┬─ handle (frontdoor/edge) ── execute (graphql)
//         ├─ (idle)
//         └─ (garbage collector)
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 4, 5] },
    {
      id: 2,
      callFrame: frame('handle', 'file:///w/dist/services/edge/http/h.js', 9),
      children: [3],
    },
    {
      id: 3,
      callFrame: frame('execute', 'file:///w/node_modules/graphql/execution/execute.js', 99),
    },
    { id: 4, callFrame: frame('(idle)') },
    { id: 5, callFrame: frame('(garbage collector)') },
  ],
  startTime: 0,
  endTime: 10_000,
  // Each sample is charged the NEXT delta: handle 1 ms, execute 3 ms, GC 4 ms, idle 0.
  samples: [2, 3, 5, 4],
  timeDeltas: [0, 1000, 3000, 4000],
};

describe('summariseProfile', () => {
  const summary = summariseProfile(profile);

  it('charges each sample the time to the next one and leaves idle out of busy time', () => {
    expect(summary.wallMs).toBe(10);
    expect(summary.busyMs).toBe(8);
    expect(summary.topFunctions.map((f) => [f.name, f.selfMs, f.location])).toEqual([
      ['(garbage collector)', 4, ''],
      ['execute', 3, 'node_modules/graphql/execution/execute.js:100'],
      ['handle', 1, 'dist/services/edge/http/h.js:10'],
    ]);
  });

  it('groups self time by package, as shares of busy time', () => {
    expect(summary.byPackage.map((p) => [p.name, p.pct])).toEqual([
      ['(garbage collector)', 50],
      ['graphql', 37.5],
      ['frontdoor/edge', 12.5],
    ]);
  });

  it("gives frontdoor's own functions the time of everything they call", () => {
    const inclusive = frontdoorInclusive(profile, summary.busyMs);
    expect(inclusive.map((c) => [c.name, c.selfMs, c.pct])).toEqual([['handle', 4, 50]]);
  });
});

describe('packageOf', () => {
  it('names npm packages, scoped ones included, by the outermost node_modules', () => {
    expect(packageOf('file:///x/node_modules/@apollo/server/dist/a.js', 'f')).toBe(
      '@apollo/server',
    );
    expect(packageOf('file:///x/node_modules/a/node_modules/pino/p.js', 'f')).toBe('a');
  });

  it("names frontdoor's modules, Node's code and V8's pseudo-frames", () => {
    expect(packageOf('file:///x/dist/services/upstreams/a.js', 'f')).toBe('frontdoor/upstreams');
    expect(packageOf('node:internal/streams/readable', 'f')).toBe('node core');
    expect(packageOf('', '(garbage collector)')).toBe('(garbage collector)');
    expect(packageOf('', 'JSON.stringify')).toBe('(native)');
  });
});
