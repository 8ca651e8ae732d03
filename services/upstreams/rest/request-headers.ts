import { type CallContext } from '../call-context';
import { propagatedHeaders } from '../propagated-headers';

/** Only headers the BFF sets itself travel: a caller's copy of the propagated ones is dropped. */
const RESERVED_HEADER = /^(x-request-id|x-principal-.*|accept|content-type)$/i;

export function requestHeaders(
  ctx: CallContext,
  own: Record<string, string> | undefined,
  hasBody: boolean,
): Record<string, string> {
  const allowed = Object.entries(own ?? {}).filter(([name]) => !RESERVED_HEADER.test(name));
  return {
    ...Object.fromEntries(allowed),
    ...(hasBody ? { 'content-type': 'application/json' } : {}),
    accept: 'application/json',
    ...propagatedHeaders(ctx),
  };
}

export function queryString(query: Record<string, string> | undefined): string {
  if (!query) return '';
  const search = new URLSearchParams(query).toString();
  return search ? `?${search}` : '';
}
