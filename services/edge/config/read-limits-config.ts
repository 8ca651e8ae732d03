import type { EnvReader } from '../../shared';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from '../limits/query-limits';
import type { ClientName } from './edge-defaults';

/**
 * Query limits per client (shared reference, "Limits per client"; graphql-armor and Apollo
 * Router figures). Cost ceilings come from `estimateOperationCost` on each client's real
 * operations at their largest page (test/unit/edge/cost-ceilings.test.ts keeps them honest):
 * web's OrderHistory costs 341 at first: 20 and 1,701 at the page cap of 100 (Order.items
 * @listSize(assumedSize: 5)), so 5,000;
 * mobile's largest screen (HomeScreen) costs 21, so 1,000 leaves room for new screens;
 * partner's CatalogPage at first: 100 costs 202 once `catalog` carries `@listSize`, so 1,000.
 * Each rejects a list nested in a list at full page size (OrderHistory with reviews: 42,101).
 */
export const QUERY_LIMIT_DEFAULTS: Readonly<Record<ClientName, QueryLimits>> = Object.freeze({
  web: DEFAULT_QUERY_LIMITS,
  mobile: Object.freeze({ ...DEFAULT_QUERY_LIMITS, maxCost: 1000, maxPageSize: 50 }),
  partner: Object.freeze({
    ...DEFAULT_QUERY_LIMITS,
    maxDepth: 8,
    maxAliases: 10,
    maxRootFields: 5,
    maxCost: 1000,
  }),
});

/**
 * MAX_DEPTH, MAX_ALIASES, MAX_ROOT_FIELDS, MAX_DIRECTIVES, MAX_COST, MAX_PAGE_SIZE,
 * MAX_STRING_LENGTH and ID_PATTERN (a regular expression anchored with ^ and $), each
 * defaulting to the client's figure.
 */
export function readQueryLimits(read: EnvReader, client: ClientName): QueryLimits {
  const d = QUERY_LIMIT_DEFAULTS[client];
  return Object.freeze({
    maxDepth: read.int('MAX_DEPTH', d.maxDepth, { min: 1, max: 100 }),
    maxAliases: read.int('MAX_ALIASES', d.maxAliases, { min: 0, max: 1000 }),
    maxRootFields: read.int('MAX_ROOT_FIELDS', d.maxRootFields, { min: 1, max: 100 }),
    maxDirectives: read.int('MAX_DIRECTIVES', d.maxDirectives, { min: 0, max: 100 }),
    maxCost: read.int('MAX_COST', d.maxCost, { min: 1, max: 10_000_000 }),
    maxPageSize: read.int('MAX_PAGE_SIZE', d.maxPageSize, { min: 1, max: 10_000 }),
    maxStringLength: read.int('MAX_STRING_LENGTH', d.maxStringLength, { min: 1, max: 1_000_000 }),
    idPattern: readPattern(read, 'ID_PATTERN', d.idPattern),
  });
}

function readPattern(read: EnvReader, name: string, fallback: RegExp): RegExp {
  const source = read.optionalString(name);
  if (source === undefined) return fallback;
  // An unanchored pattern matches a substring: "../admin" would pass /[a-z]+/.
  if (!source.startsWith('^') || !source.endsWith('$')) {
    read.problem(`${name} must be anchored with ^ and $, got "${source}"`);
    return fallback;
  }
  try {
    return new RegExp(source);
  } catch {
    read.problem(`${name} must be a valid regular expression, got "${source}"`);
    return fallback;
  }
}
