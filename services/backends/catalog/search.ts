import type { SearchProductsRequest, SearchProductsResponse } from '../../contracts';
import { BackendError } from '../common/backend-error';
import { decodePageToken, paginate, resolvePageSize } from '../common/page-token';
import type { ProductRecord } from '../data/types';

const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;
const MAX_QUERY_LENGTH = 100;
const MAX_CATEGORY_LENGTH = 64;

/**
 * SearchProducts over an in-memory list ordered by id: name substring (case-insensitive)
 * and exact category, paged by opaque tokens bound to the query.
 */
export function createProductSearch(products: readonly ProductRecord[]) {
  // Lower-cased once: the search runs over 10,000 names per call.
  const names = products.map((product) => product.name.toLowerCase());

  return (request: SearchProductsRequest): SearchProductsResponse => {
    if (request.query.length > MAX_QUERY_LENGTH || request.category.length > MAX_CATEGORY_LENGTH) {
      throw new BackendError('INVALID_ARGUMENT', 'query or category is too long.');
    }
    const size = resolvePageSize(request.pageSize, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const needle = request.query.toLowerCase();
    const scope = `search\u0000${needle}\u0000${request.category}`;
    const offset = decodePageToken(request.pageToken, scope);
    const matches = products.filter(
      (product, index) =>
        (request.category === '' || product.category === request.category) &&
        (names[index] as string).includes(needle),
    );
    const { page, nextPageToken } = paginate(matches, offset, size, scope);
    return { products: page, nextPageToken, totalSize: matches.length };
  };
}
