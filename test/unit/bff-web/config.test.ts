import { ConfigError } from '../../../services/shared';
import { loadWebConfig, WEB_DEV_AUTH } from '../../../services/bff-web/config';

describe('loadWebConfig', () => {
  it('uses the documented defaults and dev keys when nothing is set', () => {
    const config = loadWebConfig({});
    expect(config.edge.port).toBe(4000);
    expect(config.edge.adminPort).toBe(9400);
    expect(config.edge.host).toBe('127.0.0.1');
    expect(config.edge.limits.bodyLimitBytes).toBe(1024 * 1024);
    expect(config.edge.introspection).toBe(true);
    expect(config.auth).toEqual({ kind: 'dev', ...WEB_DEV_AUTH });
    expect(config.upstreams.addresses.users).toBe('http://127.0.0.1:5001');
    expect(config.batching).toBe(true);
  });

  it('returns a frozen object', () => {
    const config = loadWebConfig({});
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.upstreams)).toBe(true);
  });

  it('refuses production without real key configuration, naming the variables', () => {
    expect(() => loadWebConfig({ NODE_ENV: 'production' })).toThrow(
      /JWT_PUBLIC_KEY_FILE, JWT_PUBLIC_KEY or JWT_JWKS_URL/,
    );
  });

  it('requires issuer and audience when a key is configured', () => {
    expect(() => loadWebConfig({ JWT_PUBLIC_KEY_FILE: '/keys/pub.pem' })).toThrow(
      /JWT_ISSUER.*\n.*JWT_AUDIENCE/s,
    );
  });

  it('lists every invalid value at once', () => {
    try {
      loadWebConfig({
        PORT: 'eighty',
        ADMIN_PORT: '70000',
        USERS_URL: 'not a url',
        DATALOADER_BATCH: 'maybe',
      });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      for (const name of ['PORT', 'ADMIN_PORT', 'USERS_URL', 'DATALOADER_BATCH'])
        expect(problems).toContain(name);
    }
  });

  it('accepts a JWKS URL with issuer and audience', () => {
    const config = loadWebConfig({
      NODE_ENV: 'production',
      JWT_JWKS_URL: 'https://idp.example/.well-known/jwks.json',
      JWT_ISSUER: 'https://idp.example/',
      JWT_AUDIENCE: 'web',
    });
    expect(config.auth).toEqual({
      kind: 'jwks',
      issuer: 'https://idp.example/',
      audience: 'web',
      jwksUrl: 'https://idp.example/.well-known/jwks.json',
    });
  });
});
