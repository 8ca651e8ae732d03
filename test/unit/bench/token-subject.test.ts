import { tokenSubject } from '../../../scripts/bench/floor/token-subject';

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const token = (claims: unknown) => `${encode({ alg: 'RS256' })}.${encode(claims)}.signature`;

describe('tokenSubject', () => {
  it('reads sub from a bearer JWT without verifying it', () => {
    expect(tokenSubject(`Bearer ${token({ sub: 'u0042' })}`)).toBe('u0042');
  });

  it('is undefined without a bearer token, a payload or a string sub', () => {
    expect(tokenSubject(undefined)).toBe(undefined);
    expect(tokenSubject('Basic abc')).toBe(undefined);
    expect(tokenSubject('Bearer abc')).toBe(undefined);
    expect(tokenSubject('Bearer a.!!!.c')).toBe(undefined);
    expect(tokenSubject(`Bearer ${token({ sub: 42 })}`)).toBe(undefined);
  });
});
