import { availableParallelism } from 'node:os';
import { readEdgeConfig } from '../../../services/edge';
import { ConfigError, createEnvReader } from '../../../services/shared';

const workers = (env: Record<string, string>): number => {
  const reader = createEnvReader(env);
  const config = readEdgeConfig(reader, 'web');
  reader.finish();
  return config.workers;
};
const problems = (env: Record<string, string>): string[] => {
  try {
    workers(env);
    return [];
  } catch (error) {
    return error instanceof ConfigError ? [...error.problems] : [String(error)];
  }
};

describe('WORKERS', () => {
  it('defaults to 1: no cluster, one process as before', () => {
    expect(workers({})).toBe(1);
    expect(workers({ WORKERS: '' })).toBe(1);
  });

  it('reads a count, and auto as the CPUs this process may use', () => {
    expect(workers({ WORKERS: '4' })).toBe(4);
    expect(workers({ WORKERS: 'auto' })).toBe(Math.min(64, availableParallelism()));
    expect(workers({ WORKERS: 'AUTO' })).toBe(Math.min(64, availableParallelism()));
  });

  it.each(['0', '-2', '1.5', 'two', '65'])('refuses WORKERS=%s, naming the variable', (value) => {
    expect(problems({ WORKERS: value })).toEqual([
      `WORKERS must be auto or an integer from 1 to 64, got "${value}"`,
    ]);
  });
});
