import { callCounts, postGraphQL } from '../../support/graphql-http';
import { startPartnerStack, type PartnerStack } from '../../support/partner-bff';

// Partner Product fields are plain properties of a shape: whoever returns products loads the
// stock and ratings their selection needs (services/bff-partner/README.md).
describe('partner Product shapes', () => {
  let stack: PartnerStack;
  let auth: Record<string, string>;
  beforeAll(async () => {
    stack = await startPartnerStack();
    auth = { 'x-api-key': stack.keys.valid };
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.backends.clearCalls());

  const query = (text: string, variables: Record<string, unknown> = {}) =>
    postGraphQL(stack.bff.url, { query: text, variables }, auth);

  it('looks products up by id with their stock and ratings: one call per backend', async () => {
    const { body } = await query(
      'query($ids: [ID!]!) { products(ids: $ids) { id stock rating reviewCount price { amount } } }',
      { ids: ['p00004', 'p99999', 'p00005'] },
    );
    expect(body.errors).toBeUndefined();
    const slots = (body.data as { products: Array<Record<string, unknown> | null> }).products;
    expect(slots[1]).toBeNull();
    for (const slot of [slots[0], slots[2]]) {
      expect(slot).toMatchObject({
        id: expect.any(String),
        stock: expect.any(Number),
        reviewCount: expect.any(Number),
        price: { amount: expect.stringMatching(/^\d+\.\d{2}$/) },
      });
      expect(slot?.rating === null || typeof slot?.rating === 'number').toBe(true);
    }
    expect(callCounts(stack.backends)).toEqual([0, 0, 1, 1, 1]);
  });

  it('asks no inventory or reviews backend for a page that selects neither', async () => {
    const { body } = await query('{ catalog(first: 10) { nodes { id name } } }');
    expect(body.errors).toBeUndefined();
    expect(callCounts(stack.backends)).toEqual([0, 0, 1, 0, 0]);
  });

  it('nulls only stock, with UPSTREAM_UNAVAILABLE naming inventory, when inventory is down', async () => {
    await stack.backends.inventory.stop();
    const { status, body } = await query('{ catalog(first: 3) { nodes { id name stock } } }');
    expect(status).toBe(200);
    const nodes = (body.data as { catalog: { nodes: Array<Record<string, unknown>> } }).catalog
      .nodes;
    expect(nodes).toHaveLength(3);
    for (const node of nodes)
      expect(node).toEqual({ id: expect.any(String), name: expect.any(String), stock: null });
    expect(body.errors).toHaveLength(3);
    for (const error of body.errors ?? []) {
      expect(error.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', upstream: 'inventory' });
    }
  });
});
