import { MOBILE_DEV_AUTH } from '../../../services/bff-mobile/config';
import { WEB_DEV_AUTH } from '../../../services/bff-web/config';
import { EDGE_DEFAULTS } from '../../../services/edge';
import { ConfigError } from '../../../services/shared';
import {
  BFFS,
  KEYS_READ_ELSEWHERE,
  drainGraceMs,
  keysReadBy,
  loadBff,
  loadedText,
} from './support/bffs';
import {
  composeFile,
  composeService,
  durationSeconds,
  healthcheck,
  publishedPorts,
  serviceEnv,
} from './support/compose';
import { keysThatChangeDefaults } from './support/defaults';
import { list, record, text } from './support/narrow';
import { exists } from './support/project-files';

const cases = BFFS.map((bff) => [bff.name, bff] as const);

/** The problems a BFF reports when started in production with nothing else set. */
function productionProblems(bff: (typeof BFFS)[number]): readonly string[] {
  try {
    loadBff(bff, { NODE_ENV: 'production' });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe.each(cases)('docker-compose.yml: %s', (name, bff) => {
  const env = serviceEnv(name);
  const defaults = EDGE_DEFAULTS[bff.client];

  it('starts in production with the environment compose gives it', () => {
    expect(env.NODE_ENV).toBe('production');
    expect(() => loadBff(bff, env)).not.toThrow();
  });

  it('sets a variable named by each problem of a bare production start', () => {
    const problems = productionProblems(bff);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      const named = problem.match(/\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/g) ?? [];
      expect({ problem, set: named.filter((key) => key in env).length > 0 }).toEqual({
        problem,
        set: true,
      });
    }
  });

  it('mounts its credential as a compose secret; the loader only records the path', () => {
    const path = env[bff.credentialFileKey] ?? '';
    const [, secret = ''] = /^\/run\/secrets\/([\w-]+)$/.exec(path) ?? [];
    expect(list(composeService(name).secrets, 'secrets')).toContain(secret);
    const file = text(
      record(record(composeFile().secrets, 'secrets')[secret], secret).file,
      secret,
    );
    expect(file).toMatch(/^\.\/\.dev-keys\//);
    expect(exists(path)).toBe(false);
    expect(loadedText(bff, env)).toContain(JSON.stringify(path));
  });

  it('sets only variables the BFF reads, or that Node.js or a library reads', () => {
    const known = new Set([...keysReadBy(bff), ...Object.keys(KEYS_READ_ELSEWHERE)]);
    expect(Object.keys(env).filter((key) => !known.has(key))).toEqual([]);
    expect(Object.keys(env).filter((key) => bff.alternatives.includes(key))).toEqual([]);
  });

  it('restates code defaults exactly, where it restates them', () => {
    expect(keysThatChangeDefaults(bff, env)).toEqual([]);
  });

  it('publishes the default GraphQL and admin ports, unchanged', () => {
    expect(env.PORT).toBe(String(defaults.port));
    expect(env.ADMIN_PORT).toBe(String(defaults.adminPort));
    expect(env.ADMIN_HOST).toBe('0.0.0.0');
    expect(publishedPorts(name)).toEqual([
      { host: defaults.port, container: defaults.port },
      { host: defaults.adminPort, container: defaults.adminPort },
    ]);
  });

  it('is healthy when its admin /readyz answers', () => {
    expect(healthcheck(name)).toContain(`'http://127.0.0.1:${defaults.adminPort}/readyz'`);
  });

  it('gets longer to stop than its drain grace', () => {
    const grace = durationSeconds(composeService(name).stop_grace_period, 'stop_grace_period');
    expect(grace * 1000).toBeGreaterThan(drainGraceMs(env));
  });

  it('waits for Redis and every backend it calls', () => {
    const dependsOn = Object.keys(record(composeService(name).depends_on, 'depends_on'));
    const hosts = Object.values(env).flatMap(
      (value) => /^(?:[a-z]+:\/\/)?([a-z][a-z0-9-]*):\d+$/.exec(value)?.slice(1) ?? [],
    );
    const called = hosts.filter((host) => host !== 'otel-collector');
    expect(called).toContain('redis');
    expect(dependsOn.sort()).toEqual([...new Set(called)].sort());
  });
});

describe('docker-compose.yml: shared services', () => {
  it('runs Redis 7 where REDIS_URL points', () => {
    expect(composeService('redis').image).toBe('redis:7-alpine');
    for (const bff of BFFS) expect(serviceEnv(bff.name).REDIS_URL).toBe('redis://redis:6379');
  });

  it.each([
    ['bff-web', WEB_DEV_AUTH],
    ['bff-mobile', MOBILE_DEV_AUTH],
  ])('%s accepts the tokens `npm run token` mints (issuer and audience)', (name, dev) => {
    const env = serviceEnv(name);
    expect({ issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE }).toEqual(dev);
  });

  it('takes the JWT public key from the file `npm run token` creates', () => {
    const secrets = record(composeFile().secrets, 'secrets');
    expect(record(secrets['jwt-public-key'], 'jwt-public-key').file).toBe(
      './.dev-keys/jwt-public.pem',
    );
  });
});
