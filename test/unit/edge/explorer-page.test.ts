import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createJwtAuthenticator, devTokenHeaders, type JwtConfig } from '../../../services/edge';
import { explorerPage } from '../../../services/edge/explorer/explorer-page';

const DEV: JwtConfig = { kind: 'dev', issuer: 'https://auth.test', audience: 'frontdoor-web' };

describe('explorer page', () => {
  it('embeds its settings as JSON that no string can close early', () => {
    const page = explorerPage('web', {
      endpoint: '/graphql',
      assetsPath: '/explorer',
      documents: ['query A { a } # </script><script>alert(1)</script>'],
    });
    expect(page).not.toContain('</script><script>alert(1)');
    const json = /type="application\/json">(.*?)<\/script>/s.exec(page)?.[1] ?? '';
    expect(JSON.parse(json)).toMatchObject({
      documents: ['query A { a } # </script><script>alert(1)</script>'],
    });
  });

  it('escapes the client name in the title', () => {
    expect(explorerPage('<web>', { endpoint: '/graphql', assetsPath: '/x' })).toContain(
      '<title>frontdoor &#60;web&#62; · GraphQL explorer</title>',
    );
  });
});

describe('devTokenHeaders', () => {
  let keysDir: string;
  beforeAll(() => {
    keysDir = mkdtempSync(join(tmpdir(), 'frontdoor-dev-keys-'));
  });
  afterAll(() => rmSync(keysDir, { recursive: true, force: true }));

  it('mints a fresh token the dev-key BFF accepts, for the given user', async () => {
    const headers = devTokenHeaders(DEV, keysDir, 'u0001');
    const first = headers().authorization ?? '';
    expect(first).toMatch(/^Bearer /);
    expect(headers().authorization).not.toBe(first);
    const authenticator = createJwtAuthenticator({
      publicKeyPem: readFileSync(join(keysDir, 'jwt-public.pem'), 'utf8'),
      issuer: DEV.issuer,
      audience: DEV.audience,
    });
    await expect(authenticator.authenticate({ authorization: first })).resolves.toMatchObject({
      kind: 'user',
      id: 'u0001',
    });
  });

  it('pre-fills nothing when the BFF trusts a real identity provider', () => {
    const jwks: JwtConfig = { ...DEV, kind: 'jwks', jwksUrl: 'https://idp.test/jwks.json' };
    expect(devTokenHeaders(jwks, keysDir, 'u0001')()).toEqual({});
  });
});
