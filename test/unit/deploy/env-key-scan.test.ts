// The other deploy tests trust two ways of finding env keys: scanning services/ source and
// recording what the config loaders look up. Each checks the other here.
import { BFFS, keysReadBy } from './support/bffs';
import { envKeysInSource, envKeysReadUnder } from './support/env-keys';

describe('env key scan', () => {
  it('finds reader calls, helper calls and direct reads, over several lines', () => {
    const source = `
      read.int('PORT', 1); read.optionalString(
        'JWT_ISSUER');
      integer(env, 'LATENCY_MS', 0); const a = env.LOG_LEVEL; process.env['NODE_ENV'];
      const notAKey = 'LOG_FILE'; read.int(name, 0);`;
    expect([...envKeysInSource(source)].sort()).toEqual([
      'JWT_ISSUER',
      'LATENCY_MS',
      'LOG_LEVEL',
      'NODE_ENV',
      'PORT',
    ]);
  });

  it('takes UPPER_SNAKE first arguments as keys only in files that use an EnvReader', () => {
    const helper = `seconds('JWT_MAX_LIFETIME_SEC', 60); fail('UPSTREAM_TIMEOUT');`;
    expect([...envKeysInSource(helper)]).toEqual([]);
    expect([...envKeysInSource(`// EnvReader\n${helper}`)]).toEqual([
      'JWT_MAX_LIFETIME_SEC',
      'UPSTREAM_TIMEOUT',
    ]);
  });

  it.each(BFFS.map((bff) => [bff.name, bff] as const))(
    'finds every key the %s loaders look up',
    (_name, bff) => {
      const scanned = envKeysReadUnder();
      const missed = [...keysReadBy(bff)].filter((key) => !scanned.has(key));
      expect(missed).toEqual([]);
    },
  );

  it('finds the sample backends keys', () => {
    expect([...envKeysReadUnder('services/backends')].sort()).toEqual(
      expect.arrayContaining(['ERROR_RATE', 'HOST', 'LATENCY_JITTER_MS', 'LATENCY_MS', 'PORT']),
    );
  });
});
