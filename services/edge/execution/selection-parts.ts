import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * A look-ahead for resolvers that load in advance: which parts (bit flags, e.g. one per
 * backend) the fields selected under the resolver's field need, through fragments and
 * aliases. `partOfField` maps a child field name to its flags; fields not in it need none.
 * A field under @skip/@include counts as selected: loading a part that ends up unused costs
 * less than a non-null field left without its value. Each answer is computed once per
 * document: Apollo's document store and graphql-jit's compiled query hand every request of a
 * document the same AST nodes, which key the cache (a WeakMap, so it goes with them).
 */
export function createSelectionParts(
  partOfField: Readonly<Record<string, number>>,
): (info: GraphQLResolveInfo) => number {
  const cache = new WeakMap<FieldNode, number>();

  function partsOf(
    selectionSet: SelectionSetNode | undefined,
    info: GraphQLResolveInfo,
    visitedFragments: Set<string>,
  ): number {
    let parts = 0;
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        parts |= partOfField[selection.name.value] ?? 0;
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

  return (info) => {
    const [first] = info.fieldNodes;
    if (!first) return 0;
    const known = cache.get(first);
    if (known !== undefined) return known;
    let parts = 0;
    for (const node of info.fieldNodes) parts |= partsOf(node.selectionSet, info, new Set());
    cache.set(first, parts);
    return parts;
  };
}
