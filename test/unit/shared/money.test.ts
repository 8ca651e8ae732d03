import { formatMinorUnits } from '../../../services/shared';

describe('formatMinorUnits', () => {
  it.each([
    [1234, 'USD', '12.34'],
    [5, 'USD', '0.05'],
    [0, 'EUR', '0.00'],
    [-250, 'USD', '-2.50'],
    [1500, 'JPY', '1500'],
    [12345, 'KWD', '12.345'],
  ])('formats %d %s as %s', (minor, currency, expected) => {
    expect(formatMinorUnits(minor, currency)).toBe(expected);
  });
});
