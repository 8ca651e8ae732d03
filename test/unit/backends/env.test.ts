import { readBackendEnv } from '../../../services/backends/common/env';

describe('readBackendEnv', () => {
  it('applies the defaults when nothing is set', () => {
    expect(readBackendEnv({}, 5001)).toEqual({
      ok: true,
      config: {
        host: '127.0.0.1',
        port: 5001,
        latency: { fixedMs: 0, jitterMs: 0 },
        errorRate: 0,
        logLevel: 'info',
      },
    });
  });

  it('reads every variable when set', () => {
    const env = {
      HOST: '0.0.0.0',
      PORT: '0',
      LATENCY_MS: '25',
      LATENCY_JITTER_MS: '5',
      ERROR_RATE: '0.25',
      LOG_LEVEL: 'debug',
    };
    expect(readBackendEnv(env, 5001)).toEqual({
      ok: true,
      config: {
        host: '0.0.0.0',
        port: 0,
        latency: { fixedMs: 25, jitterMs: 5 },
        errorRate: 0.25,
        logLevel: 'debug',
      },
    });
  });

  it('lists every bad value, each naming its variable', () => {
    const result = readBackendEnv(
      {
        PORT: '70000',
        LATENCY_MS: '-5',
        LATENCY_JITTER_MS: 'lots',
        ERROR_RATE: '1.5',
        LOG_LEVEL: 'loud',
      },
      5001,
    );
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    for (const name of ['PORT', 'LATENCY_MS', 'LATENCY_JITTER_MS', 'ERROR_RATE', 'LOG_LEVEL']) {
      expect(problems.some((problem) => problem.startsWith(name + ' '))).toBe(true);
    }
  });
});
