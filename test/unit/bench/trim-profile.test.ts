import type { CpuProfile } from '../../../scripts/bench/profile/cpu-profile';
import { phaseTimes } from '../../../scripts/bench/profile/named-inclusive';
import { trimProfile } from '../../../scripts/bench/profile/trim-profile';

const frame = (functionName: string, url: string) => ({
  functionName,
  url,
  lineNumber: 0,
  columnNumber: 0,
});

// (root) -> parse (graphql) ; (root) -> execute (graphql) -> execute (graphql, recursion)
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)', ''), children: [2, 3] },
    { id: 2, callFrame: frame('parse', 'file:///w/node_modules/graphql/language/parser.js') },
    {
      id: 3,
      callFrame: frame('execute', 'file:///w/node_modules/graphql/execute.js'),
      children: [4],
    },
    { id: 4, callFrame: frame('execute', 'file:///w/node_modules/graphql/execute.js') },
  ],
  startTime: 0,
  endTime: 6000,
  samples: [2, 2, 3, 4],
  timeDeltas: [0, 1000, 2000, 3000],
};

describe('trimProfile', () => {
  it('drops the samples taken before skipMs and moves the start', () => {
    const trimmed = trimProfile(profile, 2);
    expect(trimmed.samples).toEqual([3, 4]);
    expect(trimmed.timeDeltas).toEqual([0, 3000]);
    expect(trimmed.startTime).toBe(1000);
  });

  it('keeps everything when nothing is skipped', () => {
    expect(trimProfile(profile, 0).samples).toEqual(profile.samples);
  });
});

describe('phaseTimes', () => {
  it('charges a phase once per sample, however deep it recurses', () => {
    const phases = [
      { label: 'parse', functionName: 'parse', pkg: 'graphql' },
      { label: 'execute', functionName: 'execute', pkg: 'graphql' },
      { label: 'verify', functionName: 'verify', pkg: 'jsonwebtoken' },
    ];
    expect(Object.fromEntries(phaseTimes(profile, phases))).toEqual({
      parse: 3, // samples 1 and 2 are charged the next deltas: 1 + 2 ms
      execute: 3, // sample 3 (3 ms); sample 4 has no next delta
      verify: 0,
    });
  });
});
