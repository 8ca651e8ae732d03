/**
 * Who is calling, as the edge established it from a verified credential. Resolvers and
 * upstreams see only this, never the raw token or client-sent identity headers.
 */
export interface Principal {
  kind: 'user' | 'partner';
  /** Stable subject id; safe to use in rate-limit keys, logs and backend metadata. */
  id: string;
  scopes: readonly string[];
  /** Throttling / quota plan name. */
  plan: string;
}

/** Turns request headers into a Principal or throws AppError('UNAUTHENTICATED'). */
export interface Authenticator {
  authenticate(headers: Record<string, string | string[] | undefined>): Promise<Principal>;
  /**
   * The `WWW-Authenticate` value sent with a 401 (RFC 9110 §11.6.1 requires one).
   * Default: 'Bearer' (RFC 6750 §3).
   */
  readonly challenge?: string;
}
