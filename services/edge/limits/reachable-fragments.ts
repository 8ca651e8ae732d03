import { Kind, visit, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';

/** The fragments an operation spreads, directly or through other fragments, each once. */
export function reachableFragments(
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): FragmentDefinitionNode[] {
  const found = new Map<string, FragmentDefinitionNode>();
  const pending = [spreadNames(operation)];
  for (let names = pending.pop(); names; names = pending.pop()) {
    for (const name of names) {
      const fragment = fragments.get(name);
      if (!fragment || found.has(name)) continue;
      found.set(name, fragment);
      pending.push(spreadNames(fragment));
    }
  }
  return [...found.values()];
}

function spreadNames(node: OperationDefinitionNode | FragmentDefinitionNode): string[] {
  const names: string[] = [];
  visit(node, { [Kind.FRAGMENT_SPREAD]: (spread) => void names.push(spread.name.value) });
  return names;
}
