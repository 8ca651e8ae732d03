import { startWebStack, type WebStack } from '../../support/web-bff';

// Product fields have no resolvers: whoever returns a Product loads what its selection needs
// (services/bff-web/README.md). These pin what that look-ahead sends and answers.
describe('web Product shapes: one load per product for what the selection needs', () => {
  let stack: WebStack;
  beforeAll(async () => {
    stack = await startWebStack();
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.backends.clearCalls());

  const operations = (name: 'catalog' | 'inventory' | 'reviews') =>
    stack.backends[name].calls.list().map((call) => call.operation);

  it('adds stock and ratings to search results with one call each, without asking the catalog again', async () => {
    const { body } = await stack.query(
      '{ searchProducts(query: "", first: 30) { nodes { id name inStock rating } } }',
    );
    const nodes = (body.data as { searchProducts: { nodes: Array<Record<string, unknown>> } })
      .searchProducts.nodes;
    expect(body.errors).toBeUndefined();
    expect(nodes).toHaveLength(30);
    for (const node of nodes) {
      expect(typeof node.name).toBe('string');
      expect(typeof node.inStock).toBe('boolean');
    }
    expect(operations('catalog')).toEqual(['SearchProducts']);
    expect(operations('inventory')).toEqual(['BatchGetStockLevels']);
    expect(operations('reviews')).toEqual(['BatchGetRatingSummaries']);
  });

  it('asks only the backends the selection needs, through fragments and aliases', async () => {
    const { body } = await stack.query(
      `{ me { orders(first: 3) { items { product { ...Stock } } } } }
       fragment Stock on Product { id available: inStock }`,
    );
    expect(body.errors).toBeUndefined();
    const orders = (body.data as { me: { orders: Array<{ items: Array<{ product: object }> }> } })
      .me.orders;
    expect(orders[0]?.items[0]?.product).toEqual({
      id: expect.any(String),
      available: expect.any(Boolean),
    });
    expect(operations('catalog')).toEqual([]);
    expect(operations('inventory')).toEqual(['BatchGetStockLevels']);
    expect(operations('reviews')).toEqual([]);
  });

  it('calls no product backend when a product selects only its id', async () => {
    const { body } = await stack.query('{ me { orders(first: 2) { items { product { id } } } } }');
    expect(body.errors).toBeUndefined();
    expect([
      ...operations('catalog'),
      ...operations('inventory'),
      ...operations('reviews'),
    ]).toEqual([]);
  });

  it('loads a field under @include(if: false) but leaves it out of the answer', async () => {
    const { body } = await stack.query(
      `query($on: Boolean!) { product(id: "p00001") { name inStock @include(if: $on) } }`,
      { on: false },
    );
    expect(body).toEqual({ data: { product: { name: expect.any(String) } } });
    expect(operations('inventory')).toEqual(['BatchGetStockLevels']);
  });

  it('answers the same product twice in one query from one load', async () => {
    const { body } = await stack.query(
      '{ a: product(id: "p00002") { name rating } b: product(id: "p00002") { name rating } }',
    );
    const data = body.data as { a: unknown; b: unknown };
    expect(data.a).toEqual(data.b);
    expect(operations('catalog')).toEqual(['BatchGetProducts']);
    expect(operations('reviews')).toEqual(['BatchGetRatingSummaries']);
  });
});
