import {
  Kind,
  parse,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';
import {
  productCardShape,
  selectedCardParts,
} from '../../../services/bff-mobile/resolvers/product-card-shape';
import { AppError } from '../../../services/shared';
import { ProductParts, type Product } from '../../../services/upstreams';

/** The info a resolver of the first `productCard` field of `query` would get. */
function infoFor(query: string): GraphQLResolveInfo {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const field = operation?.selectionSet.selections[0] as FieldNode;
  return { fieldNodes: [field], fragments } as unknown as GraphQLResolveInfo;
}

const { catalog, stock, rating } = ProductParts;

const PRODUCT: Product = {
  id: 'p00001',
  sku: 'SKU-1',
  name: 'Kettle',
  description: 'Boils water.',
  price: { amountMinor: 13799, currency: 'USD' },
  category: 'kitchen',
  imageUrl: 'https://img.frontdoor.example/p00001.jpg',
};

const stockOf = (available: number) => ({ productId: 'p00001', available, reserved: 0 });
const ratingOf = (average: number, count: number) => ({ productId: 'p00001', average, count });

describe('selectedCardParts', () => {
  it.each([
    ['{ productCard(id: "p1") { id } }', 0],
    ['{ productCard(id: "p1") { title priceLabel thumbnailUrl } }', catalog],
    ['{ productCard(id: "p1") { inStock } }', stock],
    ['{ productCard(id: "p1") { stockLabel ratingLabel } }', stock | rating],
    ['{ productCard(id: "p1") { label: title ... on ProductCard { inStock } } }', catalog | stock],
    [
      '{ productCard(id: "p1") { ...Card } } fragment Card on ProductCard { thumbnailUrl ratingLabel }',
      catalog | rating,
    ],
  ])('%s needs %i', (query, parts) => {
    expect(selectedCardParts(infoFor(query))).toBe(parts);
  });
});

describe('productCardShape', () => {
  it('labels a view with every part', () => {
    expect(
      productCardShape({
        id: 'p00001',
        product: PRODUCT,
        stock: stockOf(3),
        rating: ratingOf(4.25, 12),
      }),
    ).toEqual({
      id: 'p00001',
      title: 'Kettle',
      priceLabel: '$137.99',
      thumbnailUrl: 'https://img.frontdoor.example/p00001.jpg',
      inStock: true,
      stockLabel: 'Only 3 left',
      ratingLabel: '4.3 ★ (12)',
    });
  });

  it.each([
    [0, false, 'Out of stock'],
    [5, true, 'Only 5 left'],
    [6, true, 'In stock'],
  ])('labels %i available as inStock %s, %s', (available, inStock, label) => {
    const shape = productCardShape({ id: 'p00001', stock: stockOf(available) });
    expect(shape.inStock).toBe(inStock);
    expect(shape.stockLabel).toBe(label);
  });

  it('says "No reviews yet" for a product nobody rated', () => {
    expect(productCardShape({ id: 'p00001', rating: ratingOf(0, 0) }).ratingLabel).toBe(
      'No reviews yet',
    );
  });

  it('leaves a failed part its Error in its own fields only, and parts not asked absent', () => {
    const down = new AppError('UPSTREAM_UNAVAILABLE', { upstream: 'inventory' });
    const shape = productCardShape({ id: 'p00001', product: PRODUCT, stock: down });
    expect(shape.inStock).toBe(down);
    expect(shape.stockLabel).toBe(down);
    expect(shape.title).toBe('Kettle');
    expect(shape.ratingLabel).toBeUndefined();
  });
});
