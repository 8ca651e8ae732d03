import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startMobileStack, type MobileStack } from '../../support/mobile-bff';
import { startWebStack, type WebStack } from '../../support/web-bff';
import { fakeBundle, type Bundle } from './support/bundle';

const HTML = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

function settingsOf(page: string): Record<string, unknown> {
  const json = /<script id="explorer-settings" type="application\/json">(.*?)<\/script>/s.exec(
    page,
  );
  return JSON.parse(json?.[1] ?? 'null') as Record<string, unknown>;
}

describe('the GraphQL explorer over HTTP', () => {
  let bundle: Bundle;
  beforeAll(() => {
    bundle = fakeBundle();
  });
  afterAll(() => bundle.remove());

  describe('web BFF in development', () => {
    let web: WebStack;
    beforeAll(async () => {
      web = await startWebStack({ explorer: { assetsDir: bundle.dir } });
    });
    afterAll(() => web.stop());

    it('answers a browser opening the GraphQL URL with GraphiQL, the token pre-filled', async () => {
      const response = await fetch(web.bff.url, { headers: HTML });
      const page = await response.text();
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(page).toContain('<script type="module" src="/explorer/explorer.js">');
      const settings = settingsOf(page);
      expect(settings).toMatchObject({ endpoint: '/graphql', assetsPath: '/explorer' });
      expect(settings['headers']).toEqual({ authorization: expect.stringMatching(/^Bearer ey/) });
      expect(settings['persistedOnly']).toBeUndefined();
    });

    it('serves the bundle from the build folder, with an ETag and no-cache', async () => {
      const response = await fetch(new URL('/explorer/explorer.js', web.bff.url));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('etag')).toMatch(/^".+"$/);
      expect(await response.text()).toBe(readFileSync(join(bundle.dir, 'explorer.js'), 'utf8'));
    });

    it('leaves GraphQL requests alone: a GET with a query, a JSON GET and POST', async () => {
      const withQuery = await fetch(`${web.bff.url}?query=%7B__typename%7D`, { headers: HTML });
      expect(withQuery.headers.get('content-type')).not.toContain('text/html');
      const json = await fetch(web.bff.url, { headers: { accept: 'application/json' } });
      expect(json.status).toBe(401);
      const post = await web.query('{ me { id } }');
      expect(post.body).toEqual({ data: { me: { id: 'u0001' } } });
    });
  });

  it('is not served when introspection is off', async () => {
    const web = await startWebStack({
      env: { INTROSPECTION: 'false' },
      explorer: { assetsDir: bundle.dir },
    });
    try {
      const page = await fetch(web.bff.url, { headers: HTML });
      expect(page.headers.get('content-type')).not.toContain('text/html');
      expect((await fetch(new URL('/explorer/explorer.js', web.bff.url))).status).toBe(404);
    } finally {
      await web.stop();
    }
  });

  it('is not served in production, even when the BFF asks for it', async () => {
    const web = await startWebStack({
      env: { NODE_ENV: 'production', INTROSPECTION: 'true' },
      explorer: { assetsDir: bundle.dir },
    });
    try {
      const page = await fetch(web.bff.url, { headers: HTML });
      expect(page.headers.get('content-type')).not.toContain('text/html');
      expect((await fetch(new URL('/explorer/explorer.js', web.bff.url))).status).toBe(404);
    } finally {
      await web.stop();
    }
  });

  it('says how to build it when the bundle is missing', async () => {
    const web = await startWebStack({ explorer: { assetsDir: join(bundle.dir, 'missing') } });
    try {
      const response = await fetch(web.bff.url, { headers: HTML });
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('npm run build');
    } finally {
      await web.stop();
    }
  });

  describe('mobile BFF (persisted operations only)', () => {
    let mobile: MobileStack;
    beforeAll(async () => {
      mobile = await startMobileStack({ explorer: { assetsDir: bundle.dir } });
    });
    afterAll(() => mobile.stop());

    it('opens the app operations as tabs, sends hashes, and carries the schema', async () => {
      const settings = settingsOf(await (await fetch(mobile.bff.url, { headers: HTML })).text());
      expect(settings['persistedOnly']).toBe(true);
      const documents = settings['documents'] as string[];
      expect(documents.map((text) => /^query (\w+)/.exec(text)?.[1]).sort()).toEqual([
        'HomeScreen',
        'OrderDetail',
        'ProductCard',
      ]);
      expect(settings['schemaSdl']).toContain('type HomeScreen');
    });
  });
});
