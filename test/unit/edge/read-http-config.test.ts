import { readHttpConfig, type HttpConfig } from '../../../services/edge';
import { ConfigError, createEnvReader } from '../../../services/shared';

const read = (env: Record<string, string>): HttpConfig => {
  const reader = createEnvReader(env);
  const config = readHttpConfig(reader);
  reader.finish();
  return config;
};
const problems = (env: Record<string, string>): string[] => {
  try {
    read(env);
    return [];
  } catch (error) {
    return error instanceof ConfigError ? [...error.problems] : [String(error)];
  }
};

describe('readHttpConfig', () => {
  it('uses the documented defaults', () => {
    expect(read({})).toEqual({
      server: {
        headersTimeoutMs: 10_000,
        requestTimeoutMs: 30_000,
        maxHeaderSizeBytes: 16_384,
        trustedProxies: [],
        authFailureLimit: { failures: 30, windowSec: 60 },
        loadShedding: { maxInFlight: 1000, maxEventLoopDelayMs: 200, retryAfterSec: 2 },
        cors: undefined,
      },
      drainGraceMs: 20_000,
    });
  });

  it('reads lists, switches and numbers', () => {
    const config = read({
      TRUSTED_PROXIES: '10.0.0.0/8, 192.168.1.1 ,::1/128',
      CORS_ORIGINS: 'https://app.example.com,http://localhost:3000',
      AUTH_FAILURE_LIMIT: '0',
      LOAD_SHEDDING: 'false',
      DRAIN_GRACE_MS: '5000',
    });
    expect(config.server.trustedProxies).toEqual(['10.0.0.0/8', '192.168.1.1', '::1/128']);
    expect(config.server.cors).toEqual({
      origins: ['https://app.example.com', 'http://localhost:3000'],
    });
    expect(config.server.authFailureLimit).toBe(false);
    expect(config.server.loadShedding).toBeUndefined();
    expect(config.drainGraceMs).toBe(5000);
  });

  it('lists every bad value at once', () => {
    expect(
      problems({
        TRUSTED_PROXIES: '10.0.0.0/33,proxy.internal',
        CORS_ORIGINS: '*,https://ok.example',
        HEADERS_TIMEOUT_MS: '40000',
        REQUEST_TIMEOUT_MS: '20000',
      }),
    ).toEqual([
      'HEADERS_TIMEOUT_MS must not exceed REQUEST_TIMEOUT_MS',
      'CORS_ORIGINS entries must be exact scheme://host[:port] origins, got "*"',
      'TRUSTED_PROXIES entries must be IPs or CIDRs, got "10.0.0.0/33"',
      'TRUSTED_PROXIES entries must be IPs or CIDRs, got "proxy.internal"',
    ]);
  });
});
