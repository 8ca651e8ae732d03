import * as grpc from '@grpc/grpc-js';
import {
  type BatchGetProductsRequest,
  type BatchGetStockLevelsRequest,
  type GetProductRequest,
  type ProductMessage,
} from '../../../../services/contracts';

export type Later = (ms: number, run: () => void) => void;

/** What the handlers share with the test: hits per id, and ids whose call was cancelled. */
export interface HandlerState {
  hits: Map<string, number>;
  cancelled: string[];
}

export const productMessage = (id: string): ProductMessage => ({
  id,
  sku: `SKU-${id}`,
  name: `Product ${id}`,
  description: '',
  price: { currencyCode: 'USD', amountMinor: 999 },
  category: 'tools',
  imageUrl: '',
});

const fail = (code: grpc.status, details: string) =>
  Object.assign(new Error(details), { code, details });

/**
 * GetProduct misbehaves by id: `unavailable` -> UNAVAILABLE, `overloaded` ->
 * RESOURCE_EXHAUSTED, `missing` -> NOT_FOUND, `slow` -> answers after 2 s (past any test
 * deadline), `junk` -> a product without a price, `hang` -> never answers (its
 * cancellation is recorded), `flaky-*` -> UNAVAILABLE the first time, then served. Batch
 * methods know every id that does not start with `ghost`.
 */
export function catalogHandlers(
  later: Later,
  state: HandlerState,
): grpc.UntypedServiceImplementation {
  const getProduct = (
    call: grpc.ServerUnaryCall<GetProductRequest, ProductMessage>,
    callback: grpc.sendUnaryData<ProductMessage>,
  ) => {
    const { id } = call.request;
    if (id === 'unavailable') return callback(fail(grpc.status.UNAVAILABLE, 'db at 10.1.2.3 down'));
    if (id === 'overloaded') return callback(fail(grpc.status.RESOURCE_EXHAUSTED, 'busy'));
    if (id === 'missing') return callback(fail(grpc.status.NOT_FOUND, 'no product'));
    if (id === 'slow') return later(2000, () => callback(null, productMessage(id)));
    if (id === 'junk') return callback(null, { ...productMessage(id), price: null });
    if (id === 'hang') return void call.once('cancelled', () => state.cancelled.push(id));
    state.hits.set(id, (state.hits.get(id) ?? 0) + 1);
    if (id.startsWith('flaky') && state.hits.get(id) === 1) {
      return callback(fail(grpc.status.UNAVAILABLE, 'blip'));
    }
    return callback(null, productMessage(id));
  };
  const batchGetProducts = (
    call: grpc.ServerUnaryCall<BatchGetProductsRequest, unknown>,
    callback: grpc.sendUnaryData<unknown>,
  ) =>
    callback(null, {
      products: call.request.ids.filter((id) => !id.startsWith('ghost')).map(productMessage),
    });
  return { GetProduct: getProduct, BatchGetProducts: batchGetProducts };
}

export function inventoryHandlers(): grpc.UntypedServiceImplementation {
  const batchGetStockLevels = (
    call: grpc.ServerUnaryCall<BatchGetStockLevelsRequest, unknown>,
    callback: grpc.sendUnaryData<unknown>,
  ) =>
    callback(null, {
      stockLevels: call.request.productIds
        .filter((id) => !id.startsWith('ghost'))
        .map((productId) => ({ productId, available: 5, reserved: 1 })),
    });
  return { BatchGetStockLevels: batchGetStockLevels };
}
