/**
 * The `sub` of a bearer JWT, read WITHOUT verifying it. The floor is a lower bound: checking
 * the signature is edge work the BFF pays for and the floor deliberately does not.
 */
export function tokenSubject(authorization: string | undefined): string | undefined {
  const token = authorization?.startsWith('Bearer ') ? authorization.slice(7) : undefined;
  const payload = token?.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const sub = (claims as { sub?: unknown }).sub;
    return typeof sub === 'string' ? sub : undefined;
  } catch {
    return undefined;
  }
}
