// Anything that looks like an address: a URL scheme, an IPv4 or bracketed IPv6 literal,
// host:port, localhost. Messages are client-visible; addresses belong in logs only.
const ADDRESS_LIKE =
  /[a-z][a-z0-9+.-]*:\/\/|\b\d{1,3}(?:\.\d{1,3}){3}\b|\[[0-9a-f:]+\]|\blocalhost\b|\b[a-z0-9-]+(?:\.[a-z0-9-]+)+:\d{2,5}\b/i;

// graphql-js validation and coercion messages end with "Did you mean ...?", which lists
// schema names a client did not ask for (the same text Apollo's hideSchemaDetails strips).
const SUGGESTION = / ?Did you mean(.+?)\?$/;

/** The message without schema suggestions, or `fallback` if it still looks like it leaks an address. */
export function safeMessage(message: string, fallback: string): string {
  const stripped = message.replace(SUGGESTION, '');
  return ADDRESS_LIKE.test(stripped) ? fallback : stripped;
}
