import {
  type BatchGetProductsBySkuRequest,
  type BatchGetProductsRequest,
  type GetProductRequest,
  type SearchProductsRequest,
} from '../../contracts';
import { type CallContext } from '../call-context';
import { chunk, unique } from '../chunk';
import { READ, type GrpcTransport } from '../grpc/grpc-transport';
import { GRPC_BATCH_MAX } from '../grpc/grpc-batch-max';
import { assertIntInRange, assertMaxLength, assertValidIds } from '../input-guards';
import { decodeWire } from '../wire/decode-wire';
import { type Product, type ProductPage, type SearchProductsInput } from './types';
import { toProduct, toProductPage, toProducts } from './wire';

export interface CatalogClient {
  /** NOT_FOUND when the product does not exist. */
  getProduct(ctx: CallContext, id: string): Promise<Product>;
  /** Unknown ids are absent from the map. */
  batchGetProducts(ctx: CallContext, ids: readonly string[]): Promise<Map<string, Product>>;
  /** Keyed by sku; unknown skus are absent. */
  batchGetProductsBySku(ctx: CallContext, skus: readonly string[]): Promise<Map<string, Product>>;
  searchProducts(ctx: CallContext, input: SearchProductsInput): Promise<ProductPage>;
}

type BatchRequest = BatchGetProductsRequest | BatchGetProductsBySkuRequest;

const PAGE_SIZE = { min: 1, max: 100 };
const QUERY_MAX = 200;
const CATEGORY_MAX = 100;
const PAGE_TOKEN_MAX = 1024;

export function createCatalogClient(grpc: GrpcTransport): CatalogClient {
  const { upstream } = grpc;

  async function batchGet(
    ctx: CallContext,
    keys: readonly string[],
    by: 'id' | 'sku',
  ): Promise<Map<string, Product>> {
    const wanted = unique(keys);
    assertValidIds(upstream, wanted, by);
    const pages = await Promise.all(
      chunk(wanted, GRPC_BATCH_MAX).map(async (slice) => {
        const method = by === 'id' ? 'BatchGetProducts' : 'BatchGetProductsBySku';
        const request = by === 'id' ? { ids: slice } : { skus: slice };
        const response = await grpc.unary<BatchRequest, unknown>(ctx, method, request, method, {
          batchSize: slice.length,
          ...READ,
        });
        return decodeWire(upstream, response, toProducts);
      }),
    );
    return new Map(pages.flat().map((product) => [product[by], product]));
  }

  return {
    async getProduct(ctx, id) {
      assertValidIds(upstream, [id]);
      const response = await grpc.unary<GetProductRequest, unknown>(
        ctx,
        'GetProduct',
        { id },
        'GetProduct',
        READ,
      );
      return decodeWire(upstream, response, (payload) => toProduct(payload, 'response'));
    },
    batchGetProducts: (ctx, ids) => batchGet(ctx, ids, 'id'),
    batchGetProductsBySku: (ctx, skus) => batchGet(ctx, skus, 'sku'),
    async searchProducts(ctx, input) {
      const request: SearchProductsRequest = {
        query: input.query ?? '',
        category: input.category ?? '',
        pageSize: input.pageSize,
        pageToken: input.pageToken ?? '',
      };
      assertIntInRange(upstream, request.pageSize, PAGE_SIZE, 'pageSize');
      assertMaxLength(upstream, request.query, QUERY_MAX, 'query');
      assertMaxLength(upstream, request.category, CATEGORY_MAX, 'category');
      assertMaxLength(upstream, request.pageToken, PAGE_TOKEN_MAX, 'pageToken');
      const response = await grpc.unary<SearchProductsRequest, unknown>(
        ctx,
        'SearchProducts',
        request,
        'SearchProducts',
        READ,
      );
      return decodeWire(upstream, response, toProductPage);
    },
  };
}
