import { firstDifference } from '../../../scripts/bench/verify/first-difference';

describe('firstDifference', () => {
  it('is undefined for deeply equal values, whatever the key order', () => {
    expect(firstDifference({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 })).toBe(
      undefined,
    );
  });

  it('names the path of the first differing leaf', () => {
    const bff = { data: { me: { orders: [{ total: { amount: '1.00' } }] } } };
    const floor = { data: { me: { orders: [{ total: { amount: '1.0' } }] } } };
    expect(firstDifference(bff, floor)).toBe('$.data.me.orders[0].total.amount');
  });

  it('reports a missing key and a different array length', () => {
    expect(firstDifference({ a: 1, b: 2 }, { a: 1 })).toBe('$.b');
    expect(firstDifference([1, 2], [1])).toBe('$.length');
  });

  it('tells null from an object and an array from an object', () => {
    expect(firstDifference({ p: null }, { p: {} })).toBe('$.p');
    expect(firstDifference([], {})).toBe('$');
  });
});
