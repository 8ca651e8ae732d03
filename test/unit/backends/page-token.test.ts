import { BackendError } from '../../../services/backends/common/backend-error';
import {
  decodePageToken,
  encodePageToken,
  paginate,
  resolvePageSize,
} from '../../../services/backends/common/page-token';

const invalid = expect.objectContaining({ kind: 'INVALID_ARGUMENT' });

function decodeError(token: string, scope: string): unknown {
  try {
    decodePageToken(token, scope);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('page tokens', () => {
  it('round-trips an offset for the same scope', () => {
    expect(decodePageToken(encodePageToken(40, 'search|tent'), 'search|tent')).toBe(40);
  });

  it('reads the empty token as the first page', () => {
    expect(decodePageToken('', 'any')).toBe(0);
  });

  it('produces url-safe tokens that do not show the offset in clear', () => {
    const token = encodePageToken(20, 'scope');
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(token).not.toContain('20');
  });

  it('rejects a token issued for another scope with INVALID_ARGUMENT', () => {
    const error = decodeError(encodePageToken(20, 'reviews|p00001'), 'reviews|p00002');
    expect(error).toBeInstanceOf(BackendError);
    expect(error).toEqual(invalid);
  });

  it.each([
    ['garbage', 'not-a-token'],
    ['characters outside base64url', 'abc+/='],
    ['a forged offset', Buffer.from('v1:-5:00000000').toString('base64url')],
    ['an overlong token', 'A'.repeat(200)],
  ])('rejects %s with INVALID_ARGUMENT', (_label, token) => {
    expect(decodeError(token, 'scope')).toEqual(invalid);
  });

  it('rejects a non-canonical encoding of a valid token', () => {
    const token = encodePageToken(7, 'scope');
    const padded = Buffer.from(Buffer.from(token, 'base64url').toString().replace(':7:', ':007:'));
    expect(decodeError(padded.toString('base64url'), 'scope')).toEqual(invalid);
  });
});

describe('resolvePageSize', () => {
  it('maps 0 to the default and keeps 1..max', () => {
    expect(resolvePageSize(0, 20, 100)).toBe(20);
    expect(resolvePageSize(1, 20, 100)).toBe(1);
    expect(resolvePageSize(100, 20, 100)).toBe(100);
  });

  it.each([-1, 101, 2.5])('rejects %p with INVALID_ARGUMENT', (size) => {
    expect(() => resolvePageSize(size, 20, 100)).toThrow(BackendError);
  });
});

describe('paginate', () => {
  const items = [1, 2, 3, 4, 5];

  it('returns a next token until the last page, then an empty one', () => {
    const first = paginate(items, 0, 2, 's');
    expect(first.page).toEqual([1, 2]);
    const second = paginate(items, decodePageToken(first.nextPageToken, 's'), 2, 's');
    expect(second.page).toEqual([3, 4]);
    const last = paginate(items, decodePageToken(second.nextPageToken, 's'), 2, 's');
    expect(last).toEqual({ page: [5], nextPageToken: '' });
  });

  it('returns an empty last page for an offset past the end', () => {
    expect(paginate(items, 10, 2, 's')).toEqual({ page: [], nextPageToken: '' });
  });
});
