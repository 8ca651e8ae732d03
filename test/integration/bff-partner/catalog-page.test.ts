import { readFileSync } from 'node:fs';
import { PARTNER_V1_RELEASED } from '../../../services/bff-partner/schema';
import { callCounts, metricValue, postGraphQL } from '../../support/graphql-http';
import { CATALOG_PAGE, startPartnerStack, type PartnerStack } from '../../support/partner-bff';

interface Page {
  catalog: {
    nodes: Array<{
      id: string;
      sku: string;
      price: { amount: string };
      stock: number | null;
      rating: number | null;
    }>;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
}

describe('partner CatalogPage', () => {
  let stack: PartnerStack;
  let auth: Record<string, string>;
  beforeAll(async () => {
    stack = await startPartnerStack();
    auth = { 'x-api-key': stack.keys.valid };
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.backends.clearCalls());

  it('serves a page of 100 with one catalog, one inventory and one reviews call', async () => {
    const { status, body } = await postGraphQL(stack.bff.url, { query: CATALOG_PAGE }, auth);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const { nodes, pageInfo } = (body.data as unknown as Page).catalog;
    expect(nodes).toHaveLength(100);
    expect(
      nodes.every((n) => typeof n.stock === 'number' && /^\d+\.\d{2}$/.test(n.price.amount)),
    ).toBe(true);
    expect(pageInfo.hasNextPage).toBe(true);
    expect(callCounts(stack.backends)).toEqual([0, 0, 1, 1, 1]);
    expect(stack.backends.inventory.calls.list()[0]?.keys).toHaveLength(100);
    expect(stack.backends.reviews.calls.list()[0]?.keys).toHaveLength(100);
  });

  it('shows the calls in frontdoor_upstream_requests_total on the admin port', async () => {
    const read = (upstream: string) =>
      metricValue(stack.bff.adminUrl, 'frontdoor_upstream_requests_total', { upstream });
    const before = await Promise.all(['catalog', 'inventory', 'reviews'].map(read));
    await postGraphQL(stack.bff.url, { query: CATALOG_PAGE }, auth);
    const after = await Promise.all(['catalog', 'inventory', 'reviews'].map(read));
    expect(after.map((value, i) => value - before[i]!)).toEqual([1, 1, 1]);
  });

  it('pages with the cursor to the end of the catalogue, every product exactly once', async () => {
    // 100 pages of 100 products, each page three backend calls: a longer walk than most tests.
    const seen = new Set<string>();
    let after: string | null = null;
    let pages = 0;
    do {
      const { body } = await postGraphQL(
        stack.bff.url,
        { query: CATALOG_PAGE, variables: { after } },
        auth,
      );
      const { nodes, pageInfo } = (body.data as unknown as Page).catalog;
      for (const node of nodes) seen.add(node.id);
      after = pageInfo.hasNextPage ? pageInfo.endCursor : null;
      pages += 1;
    } while (after !== null && pages < 200);
    expect(pages).toBe(100);
    expect(seen.size).toBe(10_000);
    expect(stack.backends.catalog.calls.count()).toBe(100);
  }, 60_000);

  it('looks products up by ids and by SKU, null in the slot of an unknown one', async () => {
    const query = `query($ids: [ID!]!, $skus: [String!]!) { products(ids: $ids) { id sku } productsBySku(skus: $skus) { id } }`;
    const first = await postGraphQL(
      stack.bff.url,
      { query, variables: { ids: ['p00001'], skus: [] } },
      auth,
    );
    const sku = (first.body.data as { products: Array<{ sku: string }> }).products[0]!.sku;
    const { body } = await postGraphQL(
      stack.bff.url,
      { query, variables: { ids: ['p00002', 'p99999', 'p00003'], skus: [sku, 'SKU-NOPE00'] } },
      auth,
    );
    expect(body.data).toEqual({
      products: [
        { id: 'p00002', sku: expect.any(String) },
        null,
        { id: 'p00003', sku: expect.any(String) },
      ],
      productsBySku: [{ id: 'p00001' }, null],
    });
  });

  it('publishes the released SDL at GET /v1/schema.graphql without a key', async () => {
    const response = await fetch(stack.bff.url.replace(/graphql$/, 'schema.graphql'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(readFileSync(PARTNER_V1_RELEASED, 'utf8'));
  });
});
