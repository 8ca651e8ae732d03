import { PRODUCT_PAGE, startWebStack, type WebStack } from '../../support/web-bff';

interface ProductData {
  product: {
    id: string;
    name: string;
    price: { amount: string; currency: string };
    inStock: boolean;
    rating: number | null;
    reviews: Array<{ rating: number; text: string; author: { name: string } | null }>;
  } | null;
}

describe('web ProductPage', () => {
  let stack: WebStack;
  beforeAll(async () => {
    stack = await startWebStack();
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.backends.clearCalls());

  async function productWithReviews(minimum: number): Promise<string> {
    for (let n = 1; n <= 200; n += 1) {
      const id = `p${String(n).padStart(5, '0')}`;
      const { body } = await stack.query(PRODUCT_PAGE, { id });
      const product = (body.data as unknown as ProductData).product;
      if (product && product.reviews.length >= minimum) return id;
    }
    throw new Error(`no product with ${minimum} reviews among the first 200`);
  }

  it('loads every review author of the page in one batched users call', async () => {
    const id = await productWithReviews(3);
    stack.backends.clearCalls();
    const { status, body } = await stack.query(PRODUCT_PAGE, { id });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const product = (body.data as unknown as ProductData).product!;
    expect(product.id).toBe(id);
    expect(product.reviews.length).toBeGreaterThanOrEqual(3);
    expect(product.reviews.every((r) => typeof r.author?.name === 'string')).toBe(true);
    expect(stack.backends.users.calls.list().map((c) => c.operation)).toEqual(['batchGetUsers']);
    expect(stack.backends.catalog.calls.count()).toBe(1);
    expect(stack.backends.inventory.calls.count()).toBe(1);
    expect(stack.backends.reviews.calls.count()).toBe(2); // rating summary + the review page
  });

  it('answers an unknown product id with null and a NOT_FOUND error', async () => {
    const { status, body } = await stack.query(PRODUCT_PAGE, { id: 'p99999' });
    expect(status).toBe(200);
    expect((body.data as unknown as ProductData).product).toBeNull();
    expect(body.errors).toEqual([
      expect.objectContaining({
        path: ['product'],
        extensions: expect.objectContaining({ code: 'NOT_FOUND' }),
      }),
    ]);
  });

  it('rejects an id that could traverse a backend path with 400 before any call', async () => {
    const { status, body } = await stack.query(PRODUCT_PAGE, { id: '../admin' });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(stack.backends.totalCalls()).toBe(0);
  });
});
