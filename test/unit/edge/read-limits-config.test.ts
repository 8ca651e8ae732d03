import {
  readQueryLimits,
  readRateLimitConfig,
  type ClientName,
  type QueryLimits,
  type RateLimitConfig,
} from '../../../services/edge';
import { ConfigError, createEnvReader } from '../../../services/shared';

function readWith<T>(reader: (r: ReturnType<typeof createEnvReader>) => T) {
  return (env: Record<string, string>): T | string[] => {
    const r = createEnvReader(env);
    const value = reader(r);
    try {
      r.finish();
      return value;
    } catch (error) {
      return error instanceof ConfigError ? [...error.problems] : [String(error)];
    }
  };
}

const limits = (client: ClientName, env: Record<string, string> = {}) =>
  readWith<QueryLimits>((r) => readQueryLimits(r, client))(env);
const rates = (client: ClientName, env: Record<string, string> = {}) =>
  readWith<RateLimitConfig>((r) => readRateLimitConfig(r, client))(env);

describe('readQueryLimits', () => {
  it.each([
    ['web', 10, 15, 10, 5, 5000, 100],
    ['mobile', 10, 15, 10, 5, 1000, 50],
    ['partner', 8, 10, 5, 5, 1000, 100],
  ] as const)(
    'defaults %s to the reference figures',
    (client, maxDepth, maxAliases, maxRootFields, maxDirectives, maxCost, maxPageSize) => {
      expect(limits(client)).toEqual({
        maxDepth,
        maxAliases,
        maxRootFields,
        maxDirectives,
        maxCost,
        maxPageSize,
        maxStringLength: 1000,
        idPattern: /^[A-Za-z0-9_-]{1,64}$/,
      });
    },
  );

  it('reads every limit from the environment', () => {
    expect(
      limits('web', {
        MAX_DEPTH: '7',
        MAX_ALIASES: '3',
        MAX_ROOT_FIELDS: '2',
        MAX_DIRECTIVES: '1',
        MAX_COST: '900',
        MAX_PAGE_SIZE: '25',
        MAX_STRING_LENGTH: '200',
        ID_PATTERN: '^[0-9]+$',
      }),
    ).toEqual({
      maxDepth: 7,
      maxAliases: 3,
      maxRootFields: 2,
      maxDirectives: 1,
      maxCost: 900,
      maxPageSize: 25,
      maxStringLength: 200,
      idPattern: /^[0-9]+$/,
    });
  });

  it('lists every bad value at once, including an unanchored or broken ID pattern', () => {
    expect(limits('web', { MAX_DEPTH: '0', MAX_COST: 'lots', ID_PATTERN: '[a-z]+' })).toEqual([
      'MAX_DEPTH must be between 1 and 100, got 0',
      'MAX_COST must be an integer, got "lots"',
      'ID_PATTERN must be anchored with ^ and $, got "[a-z]+"',
    ]);
    expect(limits('web', { ID_PATTERN: '^[a-z$' })).toEqual([
      'ID_PATTERN must be a valid regular expression, got "^[a-z$"',
    ]);
  });
});

describe('readRateLimitConfig', () => {
  it('defaults to the per-client default plan, no Redis and a 50 ms Redis timeout', () => {
    expect(rates('partner')).toEqual({
      plans: { default: { points: 30_000, durationSec: 60 } },
      redisUrl: undefined,
      redisTimeoutMs: 50,
    });
  });

  it('reads the default plan, named plans, Redis URL and timeout', () => {
    const config = rates('partner', {
      RATE_LIMIT_POINTS: '100',
      RATE_LIMIT_WINDOW_SEC: '10',
      RATE_LIMIT_PLANS: '{"gold": {"points": 5000, "durationSec": 60}}',
      REDIS_URL: 'redis://cache:6379/0',
      RATE_LIMIT_REDIS_TIMEOUT_MS: '25',
    });
    expect(config).toEqual({
      plans: {
        default: { points: 100, durationSec: 10 },
        gold: { points: 5000, durationSec: 60 },
      },
      redisUrl: 'redis://cache:6379/0',
      redisTimeoutMs: 25,
    });
  });

  it("lets RATE_LIMIT_PLANS's own default replace the default plan", () => {
    const config = rates('web', {
      RATE_LIMIT_PLANS: '{"default": {"points": 9, "durationSec": 1}}',
    });
    expect(config).toMatchObject({ plans: { default: { points: 9, durationSec: 1 } } });
  });

  it('lists malformed plans and a non-Redis URL', () => {
    expect(
      rates('web', {
        RATE_LIMIT_PLANS:
          '{"ok": {"points": 1, "durationSec": 1}, "bad name": {"points": 1, "durationSec": 1}, "zero": {"points": 0, "durationSec": 1}}',
        REDIS_URL: 'http://cache:6379',
      }),
    ).toEqual([
      'REDIS_URL must be a redis:// or rediss:// URL',
      'RATE_LIMIT_PLANS.bad name must be named [A-Za-z0-9_.-] and have positive integer points and durationSec',
      'RATE_LIMIT_PLANS.zero must be named [A-Za-z0-9_.-] and have positive integer points and durationSec',
    ]);
    expect(rates('web', { RATE_LIMIT_PLANS: '[1]' })).toEqual([
      'RATE_LIMIT_PLANS must be a JSON object of plans',
    ]);
    expect(rates('web', { RATE_LIMIT_PLANS: '{gold' })).toEqual([
      'RATE_LIMIT_PLANS must be JSON: {"plan": {"points": N, "durationSec": N}}',
    ]);
  });
});
