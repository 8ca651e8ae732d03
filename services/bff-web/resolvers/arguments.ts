import { AppError } from '../../shared';

/** Page sizes are capped (OWASP amount limiting): a client cannot ask a backend for everything. */
export function pageSize(first: number | null | undefined, fallback: number, max: number): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > max) {
    throw new AppError('BAD_USER_INPUT', { message: `first must be between 1 and ${max}.` });
  }
  return size;
}

/** Cursors are opaque backend page tokens; bound them before they travel on. */
export function cursor(after: string | null | undefined): string | undefined {
  if (after === null || after === undefined || after === '') return undefined;
  if (after.length > 256 || !/^[A-Za-z0-9_=-]+$/.test(after)) {
    throw new AppError('BAD_USER_INPUT', { message: 'after is not a valid cursor.' });
  }
  return after;
}
