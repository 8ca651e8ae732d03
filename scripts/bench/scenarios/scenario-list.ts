import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../../services/shared';
import type { LoadRequest } from '../load/run-load';
import { persistedHash } from './persisted-hash';
import { jsonPost, type Credentials, type Scenario } from './scenario';
import { BENCH_PRODUCTS, BENCH_USERS, ORDER_HISTORY, PRODUCT_PAGE } from './web-operations';

/** OrderHistory for each bench user: the same bytes go to the BFF, the naive BFF and the floor. */
const orderHistory = (credentials: Credentials, path: string): LoadRequest[] =>
  BENCH_USERS.map((user) =>
    jsonPost(
      path,
      { authorization: `Bearer ${credentials.web(user)}` },
      { query: ORDER_HISTORY, operationName: 'OrderHistory' },
    ),
  );

const productPage = (credentials: Credentials, path: string): LoadRequest[] =>
  BENCH_PRODUCTS.map((id) =>
    jsonPost(
      path,
      { authorization: `Bearer ${credentials.web('u0001')}` },
      { query: PRODUCT_PAGE, operationName: 'ProductPage', variables: { id } },
    ),
  );

/** The mobile BFF runs persisted operations only: the hash, never the document. */
const homeScreen = (credentials: Credentials, path: string): LoadRequest[] => {
  const file = join(projectRoot(), 'schemas', 'mobile', 'persisted-operations.json');
  const sha256Hash = persistedHash(JSON.parse(readFileSync(file, 'utf8')), 'HomeScreen');
  if (!sha256Hash) throw new Error(`HomeScreen is not in ${file}`);
  const body = {
    operationName: 'HomeScreen',
    extensions: { persistedQuery: { version: 1, sha256Hash } },
  };
  return [jsonPost(path, { authorization: `Bearer ${credentials.cli('mobile')}` }, body)];
};

const CATALOG_PAGE = `query CatalogPage($after: String) { catalog(first: 100, after: $after) { nodes { id sku name price { amount currency } stock rating } pageInfo { endCursor hasNextPage } } }`;

const catalogPage = (credentials: Credentials, path: string): LoadRequest[] => [
  jsonPost(
    path,
    { 'x-api-key': credentials.cli('partner') },
    { query: CATALOG_PAGE, operationName: 'CatalogPage', variables: { after: null } },
  ),
];

/** Every scenario, in table order. Those whose service does not exist yet are skipped. */
export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'web-order-history',
    label: 'web OrderHistory',
    operation: 'OrderHistory',
    role: 'bff',
    service: 'web',
    requests: orderHistory,
  },
  {
    id: 'naive-order-history',
    label: 'naive OrderHistory (batching off)',
    operation: 'OrderHistory',
    role: 'naive',
    service: 'web-naive',
    requests: orderHistory,
  },
  {
    id: 'floor-order-history',
    label: 'floor OrderHistory (no GraphQL)',
    operation: 'OrderHistory',
    role: 'floor',
    service: 'floor',
    requests: orderHistory,
  },
  {
    id: 'web-product-page',
    label: 'web ProductPage',
    operation: 'ProductPage',
    role: 'bff',
    service: 'web',
    requests: productPage,
  },
  {
    id: 'mobile-home-screen',
    label: 'mobile HomeScreen',
    operation: 'HomeScreen',
    role: 'bff',
    service: 'mobile',
    requests: homeScreen,
  },
  {
    id: 'partner-catalog-page',
    label: 'partner CatalogPage',
    operation: 'CatalogPage',
    role: 'bff',
    service: 'partner',
    requests: catalogPage,
  },
];
