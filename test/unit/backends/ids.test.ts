import { assertValidIds, isValidId, knownInOrder } from '../../../services/backends/common/ids';
import { splitIdList, parseLimit } from '../../../services/backends/common/query-params';

describe('id validation', () => {
  it.each(['u0001', 'p00001', 'o-u0001-001', 'SKU-ABC123', 'a_b', 'x'.repeat(64)])(
    'accepts %s',
    (id) => expect(isValidId(id)).toBe(true),
  );

  it.each(['', '..', 'a/b', '%2F', 'u 1', 'ü', 'x'.repeat(65), 'a\nb'])('rejects %p', (id) =>
    expect(isValidId(id)).toBe(false),
  );

  it('rejects a batch above its maximum with INVALID_ARGUMENT', () => {
    expect(() => assertValidIds(['a', 'b', 'c'], 2, 'ids')).toThrow(
      expect.objectContaining({ kind: 'INVALID_ARGUMENT' }),
    );
  });

  it('rejects a batch holding one invalid id', () => {
    expect(() => assertValidIds(['a', '../b'], 10, 'ids')).toThrow(/invalid id/);
  });
});

describe('knownInOrder', () => {
  it('keeps request order, drops unknown keys and answers duplicates once', () => {
    const known = new Map([
      ['a', 1],
      ['b', 2],
    ]);
    expect(knownInOrder(['b', 'x', 'a', 'b'], (key) => known.get(key))).toEqual([2, 1]);
  });
});

describe('query parameters', () => {
  it('splits comma lists and repeated parameters alike', () => {
    expect(splitIdList('a,b')).toEqual(['a', 'b']);
    expect(splitIdList(['a', 'b,c'])).toEqual(['a', 'b', 'c']);
    expect(splitIdList(undefined)).toEqual([]);
    expect(splitIdList('')).toEqual([]);
    expect(splitIdList('a,,b')).toEqual(['a', '', 'b']);
  });

  it('parses a limit in 1..max and falls back when absent', () => {
    expect(parseLimit(undefined, 20, 100)).toBe(20);
    expect(parseLimit('100', 20, 100)).toBe(100);
  });

  it.each(['0', '101', '-1', '1.5', 'ten', '', '1e2'])('rejects limit=%p', (limit) => {
    expect(() => parseLimit(limit, 20, 100)).toThrow(
      expect.objectContaining({ kind: 'INVALID_ARGUMENT' }),
    );
  });

  it('rejects a repeated limit parameter', () => {
    expect(() => parseLimit(['1', '2'], 20, 100)).toThrow();
  });
});
