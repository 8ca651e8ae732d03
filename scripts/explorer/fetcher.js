/**
 * GraphiQL's fetcher for a frontdoor BFF: one POST per operation, JSON in and out.
 * - Headers: the page's defaults (the development token) under the tab's own, so a tab restored
 *   from storage without headers still authenticates, and a header typed in the editor wins.
 * - Persisted-only BFFs (mobile): the document never travels; its SHA-256 does, in Apollo's
 *   persistedQuery extension, exactly as the app sends it. The hash is of the editor's exact
 *   text, so an operation from schemas/mobile/operations runs as long as it is unedited.
 */
export function createFetcher(settings) {
  return async (params, options) => {
    const headers = {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...settings.headers,
      ...(options?.headers ?? {}),
    };
    const body = settings.persistedOnly ? await persistedBody(params) : params;
    const response = await fetch(settings.endpoint, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
    });
    return response.json();
  };
}

async function persistedBody({ query, operationName, variables }) {
  const sha256Hash = await sha256Hex(query);
  return { operationName, variables, extensions: { persistedQuery: { version: 1, sha256Hash } } };
}

async function sha256Hex(text) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
