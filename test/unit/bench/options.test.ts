import { parseBenchArgs } from '../../../scripts/bench/options';

describe('parseBenchArgs', () => {
  it('runs the full suite by default: two latencies, 32 connections, 3 turns of 2 s, profiled', () => {
    const options = parseBenchArgs([]);
    expect(options).toMatchObject({
      quick: false,
      latenciesMs: [0, 20],
      connections: 32,
      durationSec: 6,
      warmupSec: 1.5,
      rounds: 3,
      workers: undefined,
      profile: true,
      build: true,
      nodeEnv: 'production',
      only: [],
    });
  });

  it('is short and unprofiled with --quick', () => {
    expect(parseBenchArgs(['--quick'])).toMatchObject({
      durationSec: 1,
      warmupSec: 0.5,
      rounds: 1,
      profile: false,
    });
  });

  it('reads values and switches', () => {
    const options = parseBenchArgs(['--workers', '4', '--only', 'web,floor', '--no-build']);
    expect(options).toMatchObject({ workers: 4, only: ['web', 'floor'], build: false });
  });

  it('refuses unknown flags and bad values', () => {
    expect(() => parseBenchArgs(['--fast'])).toThrow('unknown --fast');
    expect(() => parseBenchArgs(['--connections', '0'])).toThrow('--connections');
    expect(() => parseBenchArgs(['--latencies', '0,x'])).toThrow('bad latency');
    expect(() => parseBenchArgs(['--node-env', 'test'])).toThrow('--node-env');
  });
});
