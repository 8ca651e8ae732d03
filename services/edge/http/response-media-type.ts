export const APPLICATION_JSON = 'application/json; charset=utf-8';
export const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json; charset=utf-8';

/**
 * The media type of an error the edge writes itself, negotiated as Apollo negotiates its own
 * responses (GraphQL-over-HTTP §6.4): `application/graphql-response+json` when the client
 * ranks it above `application/json` (by q, then by order), `application/json` otherwise,
 * including when the client accepts neither: an error is still better read than a 406.
 */
export function errorMediaType(accept: string | undefined): string {
  if (!accept) return APPLICATION_JSON;
  const graphql = rank(accept, 'application/graphql-response+json');
  const json = rank(accept, 'application/json');
  const better = graphql.q > json.q || (graphql.q === json.q && graphql.order < json.order);
  return graphql.q > 0 && better ? GRAPHQL_RESPONSE_JSON : APPLICATION_JSON;
}

interface Rank {
  q: number;
  /** Position of the exact media range in the header; Infinity when matched by a wildcard. */
  order: number;
}

/** RFC 9110 §12.5.1: the most specific matching range decides the quality. */
function rank(accept: string, type: string): Rank {
  let best: Rank & { specificity: number } = { q: 0, order: Infinity, specificity: -1 };
  accept.split(',').forEach((part, index) => {
    const [range = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const specificity =
      range === type ? 2 : range === `${type.split('/')[0]}/*` ? 1 : range === '*/*' ? 0 : -1;
    if (specificity <= best.specificity) return;
    const q = Number(params.find((p) => p.startsWith('q='))?.slice(2) ?? 1);
    best = {
      q: Number.isFinite(q) ? q : 0,
      order: specificity === 2 ? index : Infinity,
      specificity,
    };
  });
  return best;
}
