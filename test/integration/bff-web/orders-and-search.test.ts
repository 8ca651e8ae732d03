import { startWebStack, type WebStack } from '../../support/web-bff';

const PLACE_ORDER = `mutation Place($input: PlaceOrderInput!) {
  placeOrder(input: $input) { order { id status itemCount total { amount currency } items { quantity product { id } } } }
}`;

describe('web placeOrder, order and searchProducts', () => {
  let stack: WebStack;
  beforeAll(async () => {
    stack = await startWebStack();
  });
  afterAll(() => stack.stop());

  it('places an order for the signed-in user, which then comes first in their history', async () => {
    const input = { items: [{ productId: 'p00042', quantity: 2 }], idempotencyKey: 'key-web-1' };
    const { status, body } = await stack.query(PLACE_ORDER, { input }, 'u0007');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const order = (body.data as { placeOrder: { order: { id: string; itemCount: number } } })
      .placeOrder.order;
    expect(order.itemCount).toBe(2);
    const history = await stack.query('{ me { orders(first: 1) { id } } }', {}, 'u0007');
    expect((history.body.data as { me: { orders: Array<{ id: string }> } }).me.orders[0]?.id).toBe(
      order.id,
    );
    const created = stack.backends.orders.calls.list().filter((c) => c.operation === 'createOrder');
    expect(created.at(-1)?.principal).toEqual(
      expect.objectContaining({ kind: 'user', id: 'u0007' }),
    );
  });

  it('returns the same order when the same idempotency key is retried', async () => {
    const input = { items: [{ productId: 'p00043', quantity: 1 }], idempotencyKey: 'key-web-2' };
    const first = await stack.query(PLACE_ORDER, { input }, 'u0008');
    const second = await stack.query(PLACE_ORDER, { input }, 'u0008');
    expect(second.body.data).toEqual(first.body.data);
  });

  it('answers an order of an unknown product with BAD_USER_INPUT', async () => {
    const input = { items: [{ productId: 'p99999', quantity: 1 }] };
    const { status, body } = await stack.query(PLACE_ORDER, { input });
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("answers another user's order as NOT_FOUND", async () => {
    const mine = await stack.query('{ me { orders(first: 1) { id } } }', {}, 'u0002');
    const id = (mine.body.data as { me: { orders: Array<{ id: string }> } }).me.orders[0]!.id;
    const { body } = await stack.query(
      'query($id: ID!) { order(id: $id) { id } }',
      { id },
      'u0003',
    );
    expect(body.data).toEqual({ order: null });
    expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('pages through search results with the cursor and loads no product twice', async () => {
    const search = `query($after: String) { searchProducts(query: "", first: 50, after: $after) {
      nodes { id name price { amount } } pageInfo { endCursor hasNextPage } totalCount } }`;
    stack.backends.clearCalls();
    const first = await stack.query(search, {});
    type Page = {
      searchProducts: {
        nodes: Array<{ id: string }>;
        pageInfo: { endCursor: string; hasNextPage: boolean };
        totalCount: number;
      };
    };
    const page1 = (first.body.data as Page).searchProducts;
    expect(page1.nodes).toHaveLength(50);
    expect(page1.totalCount).toBe(10_000);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await stack.query(search, { after: page1.pageInfo.endCursor });
    const page2 = (second.body.data as Page).searchProducts;
    expect(page2.nodes[0]?.id).not.toBe(page1.nodes[0]?.id);
    expect(stack.backends.catalog.calls.list().map((c) => c.operation)).toEqual([
      'SearchProducts',
      'SearchProducts',
    ]);
  });

  it('rejects a page size above the cap with BAD_USER_INPUT and no backend call', async () => {
    stack.backends.clearCalls();
    const { body } = await stack.query('{ me { orders(first: 1000) { id } } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(stack.backends.orders.calls.count()).toBe(0);
  });
});
