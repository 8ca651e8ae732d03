import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { ProductParts } from '../../upstreams';

/** Which backend answers each Product field; fields not listed need no product data. */
const PART_OF_FIELD: Readonly<Record<string, number>> = {
  sku: ProductParts.catalog,
  name: ProductParts.catalog,
  description: ProductParts.catalog,
  price: ProductParts.catalog,
  category: ProductParts.catalog,
  imageUrl: ProductParts.catalog,
  inStock: ProductParts.stock,
  rating: ProductParts.rating,
  reviewCount: ProductParts.rating,
};

const cache = new WeakMap<FieldNode, number>();

/**
 * The backends a Product field's selection needs (ProductParts flags), looked ahead through
 * fragments. A field under @skip/@include counts as selected: loading a part that ends up
 * unused costs less than a non-null field left without its value. Computed once per
 * document: Apollo's document store and graphql-jit's compiled query hand every request of
 * a document the same AST nodes.
 */
export function selectedProductParts(info: GraphQLResolveInfo): number {
  const [first] = info.fieldNodes;
  if (!first) return 0;
  const known = cache.get(first);
  if (known !== undefined) return known;
  let parts = 0;
  for (const node of info.fieldNodes) parts |= partsOf(node.selectionSet, info, new Set());
  cache.set(first, parts);
  return parts;
}

function partsOf(
  selectionSet: SelectionSetNode | undefined,
  info: GraphQLResolveInfo,
  visitedFragments: Set<string>,
): number {
  let parts = 0;
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      parts |= PART_OF_FIELD[selection.name.value] ?? 0;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      parts |= partsOf(selection.selectionSet, info, visitedFragments);
    } else if (!visitedFragments.has(selection.name.value)) {
      visitedFragments.add(selection.name.value);
      const fragment = info.fragments[selection.name.value];
      parts |= partsOf(fragment?.selectionSet, info, visitedFragments);
    }
  }
  return parts;
}
