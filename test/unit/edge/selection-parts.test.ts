import { Kind, parse, type FieldNode, type GraphQLResolveInfo } from 'graphql';
import { createSelectionParts } from '../../../services/edge';

function infoFor(query: string): GraphQLResolveInfo {
  const [operation] = parse(query).definitions;
  if (operation?.kind !== Kind.OPERATION_DEFINITION) throw new Error('no operation');
  const field = operation.selectionSet.selections[0] as FieldNode;
  return { fieldNodes: [field], fragments: {} } as unknown as GraphQLResolveInfo;
}

describe('createSelectionParts', () => {
  it('answers from its own map, with a cache per selector', () => {
    const info = infoFor('{ item { a b } }');
    const first = createSelectionParts({ a: 1 });
    const second = createSelectionParts({ b: 2, c: 4 });
    expect(first(info)).toBe(1);
    expect(second(info)).toBe(2);
    expect(first(info)).toBe(1);
  });

  it('counts the fields of every node of a merged field', () => {
    const [operation] = parse('{ item { a } item { c } }').definitions;
    if (operation?.kind !== Kind.OPERATION_DEFINITION) throw new Error('no operation');
    const fieldNodes = operation.selectionSet.selections as FieldNode[];
    const info = { fieldNodes, fragments: {} } as unknown as GraphQLResolveInfo;
    expect(createSelectionParts({ a: 1, c: 4 })(info)).toBe(5);
  });

  it('needs nothing for a leaf field', () => {
    expect(createSelectionParts({ a: 1 })(infoFor('{ a }'))).toBe(0);
  });
});
