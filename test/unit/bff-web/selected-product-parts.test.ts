import {
  Kind,
  parse,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';
import { selectedProductParts } from '../../../services/bff-web/resolvers/selected-product-parts';
import { ProductParts } from '../../../services/upstreams';

/** The info a resolver of the first `product` field of `query` would get. */
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

describe('selectedProductParts', () => {
  it.each([
    ['{ product(id: "p1") { id } }', 0],
    ['{ product(id: "p1") { id name } }', catalog],
    ['{ product(id: "p1") { price { amount } inStock } }', catalog | stock],
    ['{ product(id: "p1") { rating reviewCount } }', rating],
    ['{ product(id: "p1") { label: name reviews { text } } }', catalog],
    ['{ product(id: "p1") { ... on Product { inStock } } }', stock],
    [
      '{ product(id: "p1") { ...Card } } fragment Card on Product { name rating }',
      catalog | rating,
    ],
    ['query($on: Boolean!) { product(id: "p1") { inStock @include(if: $on) } }', stock],
  ])('%s needs %i', (query, parts) => {
    expect(selectedProductParts(infoFor(query))).toBe(parts);
  });

  it('follows a fragment used twice, or spread inside itself by mistake, once', () => {
    const query =
      '{ product(id: "p1") { ...A ...A } } fragment A on Product { name ...B } fragment B on Product { inStock ...A }';
    expect(selectedProductParts(infoFor(query))).toBe(catalog | stock);
  });

  it('answers a document it has seen from its cache', () => {
    const info = infoFor('{ product(id: "p1") { name } }');
    expect(selectedProductParts(info)).toBe(catalog);
    const changed = { ...info, fragments: { broken: null } } as unknown as GraphQLResolveInfo;
    expect(selectedProductParts(changed)).toBe(catalog);
  });
});
