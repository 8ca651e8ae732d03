import { resolveRequestId } from '../../../services/edge';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('resolveRequestId', () => {
  it.each(['abc', 'a.b_c:d-e', 'x'.repeat(128), '01HZX3Y5K9'])(
    'keeps the well-formed client id %s',
    (id) => {
      expect(resolveRequestId(id)).toBe(id);
    },
  );

  it.each([
    ['absent', undefined],
    ['empty', ''],
    ['too long', 'x'.repeat(129)],
    ['with a space', 'a b'],
    ['with CRLF (header splitting)', 'a\r\nset-cookie: x'],
    ['with non-ASCII', 'idé'],
    ['sent twice', ['a', 'b']],
  ])('generates a UUID when the client id is %s', (_name, value) => {
    expect(resolveRequestId(value)).toMatch(UUID);
  });

  it('generates a different id each time', () => {
    expect(resolveRequestId(undefined)).not.toBe(resolveRequestId(undefined));
  });
});
