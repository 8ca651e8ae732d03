/** ISO 4217 minor-unit exponents that differ from the common 2. */
const EXPONENTS: Readonly<Record<string, number>> = { JPY: 0, KRW: 0, BHD: 3, KWD: 3 };

/**
 * Minor units to a decimal string ("1234" USD -> "12.34"). A string, not a float, because
 * clients that do arithmetic on binary floats lose cents.
 */
export function formatMinorUnits(amountMinor: number, currency: string): string {
  const exponent = EXPONENTS[currency] ?? 2;
  if (exponent === 0) return String(amountMinor);
  const sign = amountMinor < 0 ? '-' : '';
  const digits = String(Math.abs(amountMinor)).padStart(exponent + 1, '0');
  return `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}
