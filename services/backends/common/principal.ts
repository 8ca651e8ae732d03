import type { RecordedPrincipal } from './call-recorder';

/** Reads one header or metadata value by lower-case name; undefined when absent or empty. */
export type ValueReader = (name: string) => string | undefined;

/**
 * The forwarded identity, when the edge sent one. Scopes follow OAuth 2.0 (RFC 6749 §3.3,
 * space-separated); commas are accepted too.
 */
export function readPrincipal(read: ValueReader): RecordedPrincipal | undefined {
  const kind = read('x-principal-kind');
  if (kind === undefined) return undefined;
  const scopes =
    read('x-principal-scopes')
      ?.split(/[\s,]+/)
      .filter(Boolean) ?? [];
  return Object.freeze({ kind, id: read('x-principal-id'), scopes: Object.freeze(scopes) });
}
