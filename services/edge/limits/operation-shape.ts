import {
  Kind,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** The structural measures the limits compare, for one operation. */
export interface OperationShape {
  readonly depth: number;
  readonly aliases: number;
  readonly rootFields: number;
  readonly directives: number;
}

interface Tally {
  depth: number;
  aliases: number;
  directives: number;
}

type Fragments = ReadonlyMap<string, FragmentDefinitionNode>;

// Introspection is governed by the `introspection` switch; its own nesting (ofType chains)
// would otherwise exceed any useful depth limit in development (graphql-armor does the same).
const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

/**
 * Measures an operation with its fragments flattened into it (graphql-armor's counting):
 * depth in fields (`__typename` adds no level), aliases and directives counted per use, root
 * fields as distinct response keys. Each fragment is tallied once and reused, so a chain of
 * fragments that spread the next one twice costs linear time, not exponential.
 */
export function measureOperation(
  operation: OperationDefinitionNode,
  fragments: Fragments,
): OperationShape {
  const body = tallySelections(operation.selectionSet, fragments, new Map());
  const variableDirectives = (operation.variableDefinitions ?? []).reduce(
    (sum, v) => sum + (v.directives?.length ?? 0),
    0,
  );
  return {
    depth: body.depth,
    aliases: body.aliases,
    directives: body.directives + (operation.directives?.length ?? 0) + variableDirectives,
    rootFields: rootResponseKeys(operation.selectionSet, fragments, new Set()).size,
  };
}

function tallySelections(
  selectionSet: SelectionSetNode,
  fragments: Fragments,
  memo: Map<string, Tally>,
): Tally {
  const tally: Tally = { depth: 0, aliases: 0, directives: 0 };
  for (const selection of selectionSet.selections) {
    tally.directives += selection.directives?.length ?? 0;
    let inner: Tally;
    let ownLevel = 0;
    if (selection.kind === Kind.FIELD) {
      if (selection.alias) tally.aliases++;
      const name = selection.name.value;
      ownLevel = name === '__typename' ? 0 : 1;
      inner = selection.selectionSet
        ? tallySelections(selection.selectionSet, fragments, memo)
        : { depth: 0, aliases: 0, directives: 0 };
      if (INTROSPECTION_ROOTS.has(name)) inner = { ...inner, depth: 0 };
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      inner = tallySelections(selection.selectionSet, fragments, memo);
    } else {
      inner = fragmentTally(selection.name.value, fragments, memo);
    }
    tally.depth = Math.max(tally.depth, ownLevel + inner.depth);
    tally.aliases += inner.aliases;
    tally.directives += inner.directives;
  }
  return tally;
}

function fragmentTally(name: string, fragments: Fragments, memo: Map<string, Tally>): Tally {
  const known = memo.get(name);
  if (known) return known;
  // A cycle (rejected by validation anyway) contributes nothing where it closes.
  memo.set(name, { depth: 0, aliases: 0, directives: 0 });
  const fragment = fragments.get(name);
  const tally = fragment
    ? tallySelections(fragment.selectionSet, fragments, memo)
    : { depth: 0, aliases: 0, directives: 0 };
  if (fragment) tally.directives += fragment.directives?.length ?? 0;
  memo.set(name, tally);
  return tally;
}

function rootResponseKeys(
  selectionSet: SelectionSetNode,
  fragments: Fragments,
  seen: Set<string>,
  keys = new Set<string>(),
): Set<string> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      keys.add(selection.alias?.value ?? selection.name.value);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      rootResponseKeys(selection.selectionSet, fragments, seen, keys);
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      if (fragment) rootResponseKeys(fragment.selectionSet, fragments, seen, keys);
    }
  }
  return keys;
}
