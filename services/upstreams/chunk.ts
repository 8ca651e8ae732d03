/** Splits `items` into slices of at most `size`, keeping order (backend batch limits). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const slices: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    slices.push(items.slice(start, start + size));
  }
  return slices;
}

/** Unique values in first-seen order: a batch never asks twice for the same key. */
export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
