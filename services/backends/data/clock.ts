import { floor } from './intrinsics';

/**
 * Every generated timestamp is relative to this fixed instant rather than to "now", so two
 * processes started on different days produce byte-identical data.
 */
export const DATA_EPOCH_MS = Date.UTC(2026, 0, 1);

export const DAY_MS = 86_400_000;

const datePrefixes = new Map<number, string>();
const pad = (value: number, width: number): string => `${value}`.padStart(width, '0');

/**
 * The same string as `new Date(ms).toISOString()` for instants after 1970. Generating the
 * data set formats ~70,000 timestamps, and Date#toISOString alone took a third of the time
 * budget; the date part is cached per day (a few thousand distinct days at most).
 */
export function isoAt(ms: number): string {
  const day = floor(ms / DAY_MS);
  let prefix = datePrefixes.get(day);
  if (prefix === undefined) {
    prefix = new Date(day * DAY_MS).toISOString().slice(0, 11);
    datePrefixes.set(day, prefix);
  }
  const inDay = ms - day * DAY_MS;
  const seconds = floor(inDay / 1_000);
  const time = `${pad(floor(seconds / 3600), 2)}:${pad(floor(seconds / 60) % 60, 2)}`;
  return `${prefix}${time}:${pad(seconds % 60, 2)}.${pad(inDay % 1_000, 3)}Z`;
}
