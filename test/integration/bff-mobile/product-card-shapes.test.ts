import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { operationHash } from '../../../services/bff-mobile/persisted-operations';
import { MOBILE_SCHEMA_DIR } from '../../../services/bff-mobile/schema';
import { postGraphQL, type GraphQLResponse } from '../../support/graphql-http';
import { persisted, startMobileStack, type MobileStack } from '../../support/mobile-bff';

// ProductCard fields have no resolvers: whoever returns a card loads what its selection needs,
// in one product-view load per product (services/bff-mobile/README.md). The app runs persisted
// operations only, so the selections these tests need are added to a manifest of their own.
const EXTRA_OPERATIONS = {
  CardCatalogOnly: `query CardCatalogOnly($id: ID!) {
  productCard(id: $id) { id title priceLabel thumbnailUrl }
}`,
  CardStockByFragment: `query CardStockByFragment($id: ID!) {
  productCard(id: $id) { ...Stock }
}
fragment Stock on ProductCard { id available: inStock stockLabel }`,
  CardTwice: `query CardTwice($id: ID!) {
  a: productCard(id: $id) { title ratingLabel }
  b: productCard(id: $id) { title ratingLabel }
}`,
  FeaturedTitles: `query FeaturedTitles {
  homeScreen { featuredProducts { id title } }
}`,
} as const;
type ExtraOperation = keyof typeof EXTRA_OPERATIONS;

/** The app's manifest plus EXTRA_OPERATIONS, written to a temporary file. */
function manifestWithExtras(): string {
  const manifest = JSON.parse(
    readFileSync(join(MOBILE_SCHEMA_DIR, 'persisted-operations.json'), 'utf8'),
  ) as Record<string, string>;
  for (const text of Object.values(EXTRA_OPERATIONS)) manifest[operationHash(text)] = text;
  const file = join(mkdtempSync(join(tmpdir(), 'mobile-cards-')), 'persisted-operations.json');
  writeFileSync(file, JSON.stringify(manifest));
  return file;
}

interface Card {
  id?: string;
  title?: string;
  priceLabel?: string;
  thumbnailUrl?: string;
  inStock?: boolean | null;
  stockLabel?: string | null;
  ratingLabel?: string | null;
}

async function startStack(env: Record<string, string> = {}): Promise<MobileStack> {
  return startMobileStack({ env: { PERSISTED_OPERATIONS_FILE: manifestWithExtras(), ...env } });
}

function client(stack: MobileStack) {
  const auth = { authorization: `Bearer ${stack.token()}` };
  return {
    run: (name: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> =>
      postGraphQL(stack.bff.url, persisted(stack.hashOf(name), variables), auth),
    extra: (name: ExtraOperation, variables?: Record<string, unknown>): Promise<GraphQLResponse> =>
      postGraphQL(stack.bff.url, persisted(operationHash(EXTRA_OPERATIONS[name]), variables), auth),
    operations: (name: 'catalog' | 'inventory' | 'reviews') =>
      stack.backends[name].calls.list().map((call) => call.operation),
  };
}

const featured = (response: GraphQLResponse): Card[] =>
  (response.body.data as { homeScreen: { featuredProducts: Card[] } }).homeScreen.featuredProducts;

describe('mobile ProductCard shapes: one load per product for what the selection needs', () => {
  let stack: MobileStack;
  let api: ReturnType<typeof client>;
  beforeAll(async () => {
    stack = await startStack();
    api = client(stack);
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.backends.clearCalls());

  it('loads the home screen cards with one stock and one ratings call for all candidates, and no catalog call beyond the search', async () => {
    const response = await api.run('HomeScreen');
    expect(response.body.errors).toBeUndefined();
    const cards = featured(response);
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      expect(card.title).toEqual(expect.any(String));
      expect(card.priceLabel).toMatch(/^\$[\d,]+\.\d{2}$/);
      expect(card.thumbnailUrl).toMatch(/^https:\/\/img\.frontdoor\.example\//);
    }
    // The second catalog call is the order thumbnails' (OrderSummary.thumbnailUrl).
    expect([...api.operations('catalog')].sort()).toEqual(['BatchGetProducts', 'SearchProducts']);
    expect(api.operations('inventory')).toEqual(['BatchGetStockLevels']);
    expect(api.operations('reviews')).toEqual(['BatchGetRatingSummaries']);
    const [stock] = stack.backends.inventory.calls.list();
    const [ratings] = stack.backends.reviews.calls.list();
    expect(stock?.keys).toHaveLength(24);
    expect(ratings?.keys).toEqual(stock?.keys);
  });

  it('asks reviews nothing when the featured cards show no rating (stock is still asked: it picks them)', async () => {
    const response = await api.extra('FeaturedTitles');
    expect(response.body.errors).toBeUndefined();
    expect(featured(response).length).toBeGreaterThan(0);
    expect(api.operations('catalog')).toEqual(['SearchProducts']);
    expect(api.operations('inventory')).toEqual(['BatchGetStockLevels']);
    expect(api.operations('reviews')).toEqual([]);
  });

  it('calls neither inventory nor reviews when a card selects only catalog fields', async () => {
    const { body } = await api.extra('CardCatalogOnly', { id: 'p00001' });
    expect(body).toEqual({
      data: {
        productCard: {
          id: 'p00001',
          title: expect.any(String),
          priceLabel: expect.stringMatching(/^\$[\d,]+\.\d{2}$/),
          thumbnailUrl: expect.stringMatching(/^https:\/\//),
        },
      },
    });
    expect(api.operations('catalog')).toEqual(['BatchGetProducts']);
    expect(api.operations('inventory')).toEqual([]);
    expect(api.operations('reviews')).toEqual([]);
  });

  it('looks through fragments and aliases: a stock-only card asks the catalog and inventory, not reviews', async () => {
    const { body } = await api.extra('CardStockByFragment', { id: 'p00001' });
    expect(body).toEqual({
      data: {
        productCard: {
          id: 'p00001',
          available: expect.any(Boolean),
          stockLabel: expect.stringMatching(/^(In stock|Only \d+ left|Out of stock)$/),
        },
      },
    });
    expect(api.operations('catalog')).toEqual(['BatchGetProducts']);
    expect(api.operations('inventory')).toEqual(['BatchGetStockLevels']);
    expect(api.operations('reviews')).toEqual([]);
  });

  it('answers the same product twice in one query from one load', async () => {
    const { body } = await api.extra('CardTwice', { id: 'p00002' });
    expect(body.errors).toBeUndefined();
    const data = body.data as { a: Card; b: Card };
    expect(data.a).toEqual(data.b);
    expect(data.a.ratingLabel).toMatch(/^(\d\.\d ★ \(\d+\)|No reviews yet)$/);
    expect(stack.backends.catalog.calls.list().map((call) => call.keys)).toEqual([['p00002']]);
    expect(stack.backends.reviews.calls.list().map((call) => call.keys)).toEqual([['p00002']]);
    expect(api.operations('inventory')).toEqual([]);
  });

  it('answers null with one NOT_FOUND naming the catalog for an unknown id', async () => {
    const { status, body } = await api.run('ProductCard', { id: 'p99999' });
    expect(status).toBe(200);
    expect(body.data).toEqual({ productCard: null });
    expect(body.errors).toEqual([
      expect.objectContaining({
        path: ['productCard'],
        extensions: { code: 'NOT_FOUND', upstream: 'catalog' },
      }),
    ]);
  });
});

describe('mobile ProductCard shapes with a backend down', () => {
  let stack: MobileStack;
  let api: ReturnType<typeof client>;
  beforeEach(async () => {
    stack = await startStack();
    api = client(stack);
  });
  afterEach(() => stack.stop());

  it('nulls only inStock and stockLabel with UPSTREAM_UNAVAILABLE naming inventory when inventory is down', async () => {
    await stack.backends.inventory.stop();
    const { status, body } = await api.run('ProductCard', { id: 'p00001' });
    expect(status).toBe(200);
    const card = (body.data as { productCard: Card }).productCard;
    expect(card).toEqual({
      id: 'p00001',
      title: expect.any(String),
      priceLabel: expect.stringMatching(/^\$/),
      thumbnailUrl: expect.stringMatching(/^https:\/\//),
      inStock: null,
      stockLabel: null,
      ratingLabel: expect.any(String),
    });
    expect(body.errors?.map((error) => error.path)).toEqual(
      expect.arrayContaining([
        ['productCard', 'inStock'],
        ['productCard', 'stockLabel'],
      ]),
    );
    expect(body.errors).toHaveLength(2);
    for (const error of body.errors ?? []) {
      expect(error.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', upstream: 'inventory' });
    }
  });

  it('shows no featured cards, and no error, when inventory is down (none is known to be in stock)', async () => {
    await stack.backends.inventory.stop();
    const response = await api.run('HomeScreen');
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(featured(response)).toEqual([]);
  });

  it('nulls only ratingLabel with UPSTREAM_UNAVAILABLE naming reviews when reviews is down', async () => {
    await stack.backends.reviews.stop();
    const response = await api.run('HomeScreen');
    expect(response.status).toBe(200);
    const cards = featured(response);
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      expect(card.ratingLabel).toBeNull();
      expect(card.stockLabel).toMatch(/^(In stock|Only \d+ left)$/);
      expect(card.title).toEqual(expect.any(String));
    }
    expect(response.body.errors).toHaveLength(cards.length);
    for (const error of response.body.errors ?? []) {
      expect(error.path?.at(-1)).toBe('ratingLabel');
      expect(error.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', upstream: 'reviews' });
    }
  });
});

describe('mobile ProductCard shapes with batching off (DATALOADER_BATCH=false)', () => {
  let batched: MobileStack;
  let naive: MobileStack;
  beforeAll(async () => {
    [batched, naive] = await Promise.all([startStack(), startStack({ DATALOADER_BATCH: 'false' })]);
  });
  afterAll(() => Promise.all([batched.stop(), naive.stop()]));

  it('answers the same home screen cards with one stock and one ratings call per candidate', async () => {
    const expected = await client(batched).run('HomeScreen');
    const api = client(naive);
    const response = await api.run('HomeScreen');
    expect(response.body.errors).toBeUndefined();
    expect(featured(response)).toEqual(featured(expected));
    expect(api.operations('inventory')).toHaveLength(24);
    expect(api.operations('reviews')).toHaveLength(24);
    expect(naive.backends.inventory.calls.list().every((call) => call.keys.length === 1)).toBe(
      true,
    );
  });
});
