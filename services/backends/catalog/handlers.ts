import type * as grpc from '@grpc/grpc-js';
import type {
  BatchGetProductsBySkuRequest,
  BatchGetProductsRequest,
  BatchGetProductsResponse,
  GetProductRequest,
  ProductMessage,
  SearchProductsRequest,
  SearchProductsResponse,
} from '../../contracts';
import { BackendError } from '../common/backend-error';
import type { ResolvedBackendOptions } from '../common/backend-options';
import { unary } from '../common/grpc-unary';
import { assertValidId, assertValidIds, GRPC_BATCH_MAX, knownInOrder } from '../common/ids';
import type { SampleData } from '../data/types';
import { createProductSearch } from './search';

/** frontdoor.catalog.v1.CatalogService. Batch reads return only known products. */
export function catalogHandlers(
  options: ResolvedBackendOptions,
  data: SampleData,
): grpc.UntypedServiceImplementation {
  const search = createProductSearch(data.products);
  return {
    GetProduct: unary(options, {
      operation: 'GetProduct',
      keys: (request: GetProductRequest) => [request.id],
      handle: (request): ProductMessage => {
        assertValidId(request.id, 'id');
        const product = data.productsById.get(request.id);
        if (!product) throw new BackendError('NOT_FOUND', 'No such product.');
        return product;
      },
    }),
    BatchGetProducts: unary(options, {
      operation: 'BatchGetProducts',
      keys: (request: BatchGetProductsRequest) => request.ids,
      handle: (request): BatchGetProductsResponse => {
        assertValidIds(request.ids, GRPC_BATCH_MAX, 'ids');
        return { products: knownInOrder(request.ids, (id) => data.productsById.get(id)) };
      },
    }),
    BatchGetProductsBySku: unary(options, {
      operation: 'BatchGetProductsBySku',
      keys: (request: BatchGetProductsBySkuRequest) => request.skus,
      handle: (request): BatchGetProductsResponse => {
        assertValidIds(request.skus, GRPC_BATCH_MAX, 'skus');
        return { products: knownInOrder(request.skus, (sku) => data.productsBySku.get(sku)) };
      },
    }),
    SearchProducts: unary(options, {
      operation: 'SearchProducts',
      keys: () => [],
      handle: (request: SearchProductsRequest): SearchProductsResponse => search(request),
    }),
  };
}
