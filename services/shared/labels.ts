import { formatMinorUnits } from './money';

// Intl formatters are costly to build and safe to share: one per currency, made on first use.
const moneyFormats = new Map<string, Intl.NumberFormat>();
const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "$1,015.94": the amount as a client shows it (en-US for now; locale negotiation later). */
export function moneyLabel(amountMinor: number, currency: string): string {
  let format = moneyFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { style: 'currency', currency });
    moneyFormats.set(currency, format);
  }
  return format.format(Number(formatMinorUnits(amountMinor, currency)));
}

/** "12 Mar 2026" in UTC, so every client shows the same day for the same order. */
export function dayLabel(isoTimestamp: string): string {
  return dayFormat.format(new Date(isoTimestamp));
}

/** "1 item", "3 items". */
export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
