import { cursor, pageSize } from '../../../services/bff-web/resolvers/arguments';

describe('pageSize', () => {
  it('uses the fallback when first is absent', () => expect(pageSize(undefined, 20, 100)).toBe(20));
  it.each([0, -1, 101, 2.5])('rejects %p with BAD_USER_INPUT', (first) => {
    expect(() => pageSize(first, 20, 100)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
  });
});

describe('cursor', () => {
  it('passes an opaque token through', () => expect(cursor('MTAw')).toBe('MTAw'));
  it('treats an empty cursor as the first page', () => expect(cursor('')).toBeUndefined());
  it.each(['../x', 'a'.repeat(300), 'a b'])('rejects %p', (after) => {
    expect(() => cursor(after)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
