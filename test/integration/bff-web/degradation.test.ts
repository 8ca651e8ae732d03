import { ORDER_HISTORY, startWebStack, type WebStack } from '../../support/web-bff';

type Item = { product: { name: string; inStock: boolean | null; rating: number | null } | null };
type History = { me: { name: string | null; orders: Array<{ id: string; items: Item[] }> | null } };

const items = (data: unknown): Item[] => (data as History).me.orders!.flatMap((o) => o.items);

describe('web OrderHistory with a backend down', () => {
  let stack: WebStack;
  beforeEach(async () => {
    stack = await startWebStack();
  });
  afterEach(() => stack.stop());

  it('nulls only inStock with UPSTREAM_UNAVAILABLE naming inventory when inventory is down', async () => {
    await stack.backends.inventory.stop();
    const { status, body, text } = await stack.query(ORDER_HISTORY);
    expect(status).toBe(200);
    const all = items(body.data);
    expect(all.length).toBeGreaterThan(20);
    expect(all.every((item) => item.product !== null && item.product.inStock === null)).toBe(true);
    expect(all.every((item) => typeof item.product?.name === 'string')).toBe(true);
    expect(body.errors?.length).toBe(all.length);
    for (const error of body.errors ?? []) {
      expect(error.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', upstream: 'inventory' });
      expect(error.path?.at(-1)).toBe('inStock');
    }
    expect(text).not.toMatch(/127\.0\.0\.1|localhost|stack|at \w+ \(/);
    expect((body as { extensions?: unknown }).extensions).toEqual({ degraded: ['inventory'] });
  });

  it('serves the orders without the name when the users backend is down', async () => {
    await stack.backends.users.stop();
    const { status, body } = await stack.query(ORDER_HISTORY);
    expect(status).toBe(200);
    const me = (body.data as History).me;
    expect(me.name).toBeNull();
    expect(me.orders).toHaveLength(20);
    expect(body.errors).toEqual([
      expect.objectContaining({
        path: ['me', 'name'],
        extensions: { code: 'UPSTREAM_UNAVAILABLE', upstream: 'users' },
      }),
    ]);
  });

  it('nulls the products but keeps the orders when the catalog is down', async () => {
    await stack.backends.catalog.stop();
    const { status, body } = await stack.query(ORDER_HISTORY);
    expect(status).toBe(200);
    const all = items(body.data);
    expect(all.every((item) => item.product === null)).toBe(true);
    expect(new Set(body.errors?.map((e) => e.extensions?.upstream))).toEqual(new Set(['catalog']));
  });
});
