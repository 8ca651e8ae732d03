// `protections: 'off'` (no limits, no throttle, tokens read unverified) exists for one
// benchmark. These tests keep it out of reach of everything a deployment controls: the
// environment, the config objects, the BFF entry points and the image.
import { loadWebConfig } from '../../../services/bff-web/config';
import { BFFS, keysReadBy } from '../deploy/support/bffs';
import { envKeysReadUnder } from '../deploy/support/env-keys';
import { listFiles, readText } from '../deploy/support/project-files';

// Any name someone might give a switch for it.
const SWITCH_NAMES = [
  'PROTECTIONS',
  'EDGE_PROTECTIONS',
  'BFF_PROTECTIONS',
  'DISABLE_PROTECTIONS',
  'NO_PROTECTIONS',
  'UNPROTECTED',
  'INSECURE',
  'SKIP_AUTH',
  'SKIP_JWT_VERIFY',
  'JWT_VERIFY',
  'BENCH',
];
const SWITCH_KEY = /PROTECT|INSECURE|UNVERIFIED|SKIP_|VERIFY|BENCH/;

describe('protections off is unreachable from configuration', () => {
  it('no BFF config loader nor any code under services/ reads an environment variable for it', () => {
    const read = new Set([...envKeysReadUnder(), ...BFFS.flatMap((bff) => [...keysReadBy(bff)])]);
    expect([...read].filter((key) => SWITCH_KEY.test(key))).toEqual([]);
  });

  it('the web config built from an environment that asks for it carries no protections setting', () => {
    const env = Object.fromEntries(SWITCH_NAMES.map((name) => [name, 'off']));
    for (const mode of ['development', 'production'] as const) {
      const config = loadWebConfig({
        ...env,
        NODE_ENV: mode,
        JWT_ISSUER: 'https://idp.example',
        JWT_AUDIENCE: 'frontdoor-web',
        JWT_PUBLIC_KEY_FILE: '/run/secrets/jwt-public.pem',
        USERS_URL: 'http://users:8080',
        ORDERS_URL: 'http://orders:8080',
        CATALOG_ADDR: 'catalog:50051',
        INVENTORY_ADDR: 'inventory:50051',
        REVIEWS_ADDR: 'reviews:50051',
      });
      expect(JSON.stringify(config)).not.toMatch(/protection|unverified/i);
    }
  });

  it("no BFF's main.ts passes protections: only the benchmark entry outside services/ does", () => {
    const mains = listFiles('services', 'main.ts');
    expect(mains).toEqual(expect.arrayContaining(['services/bff-web/main.ts']));
    for (const main of mains) expect(readText(main)).not.toMatch(/protections|unverified/i);
    expect(readText('scripts/bench/protections/main.ts')).toMatch(/protections: 'off'/);
  });

  it('the unverified authenticator is not exported by the edge and is built only by protections.ts', () => {
    expect(readText('services/edge/index.ts')).not.toMatch(/unverified/i);
    const users = listFiles('services', '.ts').filter((file) =>
      readText(file).includes('createUnverifiedJwtAuthenticator'),
    );
    expect(users).toEqual([
      'services/edge/auth/unverified-jwt-authenticator.ts',
      'services/edge/http/protections.ts',
    ]);
  });

  it('the production image holds compiled services only, so the benchmark entry is not in it', () => {
    const copied = [...readText('Dockerfile').matchAll(/^COPY --from=build (\S+)/gm)].map(
      (match) => match[1],
    );
    expect(copied.length).toBeGreaterThan(0);
    for (const source of copied) expect(source).toMatch(/^\/app\/dist\/services\b/);
  });
});
