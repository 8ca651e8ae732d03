import { AppError } from '../../../services/shared';
import { createBatchLoader } from '../../../services/upstreams/loaders/batch-loader';

const options = { upstream: 'demo', keyOf: (key: string) => key, batch: true, maxBatchSize: 10 };

describe('createBatchLoader (the DataLoader contract)', () => {
  it('fails only the key whose entry in the answer is an Error', async () => {
    const failure = new AppError('UPSTREAM_TIMEOUT', { upstream: 'demo' });
    const loader = createBatchLoader<string, number, string>({
      ...options,
      fetch: async () =>
        new Map<string, number | Error>([
          ['a', 1],
          ['b', failure],
        ]),
    });
    const results = await loader.loadMany(['a', 'b']);
    expect(results).toEqual([1, failure]);
  });

  it('wraps a non-Error rejection so every slot still holds an Error', async () => {
    const loader = createBatchLoader<string, number, string>({
      ...options,
      fetch: () => Promise.reject('boom'),
    });
    const results = await loader.loadMany(['a', 'b']);
    expect(results.every((r) => r instanceof Error)).toBe(true);
  });

  it('gives each missing key its own NOT_FOUND instance naming the upstream', async () => {
    const loader = createBatchLoader<string, number, string>({
      ...options,
      fetch: async () => new Map(),
    });
    const [x, y] = await loader.loadMany(['x', 'y']);
    expect(x).toMatchObject({ code: 'NOT_FOUND', upstream: 'demo' });
    expect(x).not.toBe(y);
  });
});
