import { gunzipSync } from 'node:zlib';
import { request } from 'undici';
import { callCounts, getGraphQL, metricValue, postGraphQL } from '../../support/graphql-http';
import { persisted, startMobileStack, type MobileStack } from '../../support/mobile-bff';

interface Home {
  homeScreen: {
    greeting: string;
    recentOrders: Array<{
      id: string;
      statusLabel: string;
      placedOnLabel: string;
      itemCountLabel: string;
      totalLabel: string;
      thumbnailUrl: string;
    }>;
    featuredProducts: Array<{
      id: string;
      title: string;
      priceLabel: string;
      stockLabel: string;
      ratingLabel: string;
    }>;
  };
}

describe('mobile HomeScreen by persisted hash', () => {
  let stack: MobileStack;
  let auth: Record<string, string>;
  beforeAll(async () => {
    stack = await startMobileStack();
    auth = { authorization: `Bearer ${stack.token()}` };
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.backends.clearCalls());

  it('answers a POST with pre-formatted labels for every section', async () => {
    const { status, body } = await postGraphQL(
      stack.bff.url,
      persisted(stack.hashOf('HomeScreen')),
      auth,
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const { homeScreen } = body.data as unknown as Home;
    expect(homeScreen.greeting).toMatch(/^Hi, \S+$/);
    expect(homeScreen.recentOrders).toHaveLength(3);
    for (const order of homeScreen.recentOrders) {
      expect(order.totalLabel).toMatch(/^\$[\d,]+\.\d{2}$/);
      expect(order.placedOnLabel).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/);
      expect(order.itemCountLabel).toMatch(/^\d+ items?$/);
      expect(order.thumbnailUrl).toMatch(/^https:\/\/img\.frontdoor\.example\//);
    }
    expect(homeScreen.featuredProducts.length).toBeGreaterThan(0);
    expect(homeScreen.featuredProducts.length).toBeLessThanOrEqual(6);
    for (const card of homeScreen.featuredProducts) {
      expect(card.stockLabel).toMatch(/^(In stock|Only \d+ left)$/);
      expect(card.ratingLabel).toMatch(/^(\d\.\d ★ \(\d+\)|No reviews yet)$/);
    }
  });

  it('costs one call to users, orders, inventory and reviews, and two to the catalog (search, thumbnails)', async () => {
    await postGraphQL(stack.bff.url, persisted(stack.hashOf('HomeScreen')), auth);
    expect(callCounts(stack.backends)).toEqual([1, 1, 2, 1, 1]);
    expect(
      stack.backends.catalog.calls
        .list()
        .map((c) => c.operation)
        .sort(),
    ).toEqual(['BatchGetProducts', 'SearchProducts']);
    const total = await metricValue(stack.bff.adminUrl, 'frontdoor_upstream_requests_total', {
      upstream: 'inventory',
      operation: 'BatchGetStockLevels',
    });
    expect(total).toBeGreaterThanOrEqual(1);
  });

  it('answers a GET by hash the same way, so a CDN can cache it', async () => {
    const post = await postGraphQL(stack.bff.url, persisted(stack.hashOf('HomeScreen')), auth);
    const get = await getGraphQL(
      stack.bff.url,
      { extensions: { persistedQuery: { version: 1, sha256Hash: stack.hashOf('HomeScreen') } } },
      auth,
    );
    expect(get.status).toBe(200);
    expect(get.body).toEqual(post.body);
  });

  it('compresses the response when the client accepts gzip', async () => {
    const response = await request(stack.bff.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip', ...auth },
      body: JSON.stringify(persisted(stack.hashOf('HomeScreen'))),
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    const raw = gunzipSync(Buffer.from(await response.body.arrayBuffer())).toString();
    const body = JSON.parse(raw) as { data: Home };
    expect(body.data.homeScreen.greeting).toMatch(/^Hi, /);
  });

  it('serves OrderDetail and ProductCard with their variables', async () => {
    const home = await postGraphQL(stack.bff.url, persisted(stack.hashOf('HomeScreen')), auth);
    const orderId = (home.body.data as unknown as Home).homeScreen.recentOrders[0]!.id;
    const detail = await postGraphQL(
      stack.bff.url,
      persisted(stack.hashOf('OrderDetail'), { id: orderId }),
      auth,
    );
    expect(detail.status).toBe(200);
    expect(
      (detail.body.data as { orderDetail: { lines: Array<{ quantityLabel: string }> } }).orderDetail
        .lines[0]?.quantityLabel,
    ).toMatch(/^\d+ × \$/);
    const card = await postGraphQL(
      stack.bff.url,
      persisted(stack.hashOf('ProductCard'), { id: 'p00001' }),
      auth,
    );
    expect((card.body.data as { productCard: { id: string } }).productCard.id).toBe('p00001');
  });
});
