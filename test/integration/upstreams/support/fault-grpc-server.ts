import * as grpc from '@grpc/grpc-js';
import { HealthImplementation, type ServingStatus } from 'grpc-health-check';
import {
  loadGrpcService,
  type BatchGetProductsRequest,
  type BatchGetStockLevelsRequest,
  type GetProductRequest,
  type ProductMessage,
} from '../../../../services/contracts';

export interface RecordedCall {
  method: string;
  request: unknown;
  metadata: Record<string, string>;
  /** Client address:port, to tell channels apart. */
  peer: string;
  /** Epoch ms the client's deadline leaves the handler, or Infinity without one. */
  deadline: number;
}

export interface FaultGrpcServer {
  address: string;
  /** Every call received, in order, with its metadata. */
  received: RecordedCall[];
  setHealth(status: ServingStatus): void;
  stop(): void;
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

type Later = (ms: number, run: () => void) => void;

const fail = (code: grpc.status, details: string) =>
  Object.assign(new Error(details), { code, details });

/**
 * GetProduct misbehaves by id: `unavailable` -> UNAVAILABLE, `overloaded` ->
 * RESOURCE_EXHAUSTED, `missing` -> NOT_FOUND, `slow` -> answers after 2 s (past any test
 * deadline), `junk` -> a product without a price. Batch methods know every id that does
 * not start with `ghost`.
 */
function catalogHandlers(later: Later): grpc.UntypedServiceImplementation {
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

function inventoryHandlers(): grpc.UntypedServiceImplementation {
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

/** Wraps every handler to record the call and its metadata before running it. */
function recording(handlers: grpc.UntypedServiceImplementation, received: RecordedCall[]) {
  const wrapped: grpc.UntypedServiceImplementation = {};
  for (const [method, handler] of Object.entries(handlers)) {
    wrapped[method] = (
      call: grpc.ServerUnaryCall<unknown, unknown>,
      callback: grpc.sendUnaryData<unknown>,
    ) => {
      const metadata = Object.fromEntries(
        Object.entries(call.metadata.getMap()).map(([key, value]) => [key, String(value)]),
      );
      const deadline = call.getDeadline();
      received.push({
        method,
        request: call.request,
        metadata,
        peer: call.getPeer(),
        deadline: deadline instanceof Date ? deadline.getTime() : deadline,
      });
      (handler as grpc.handleUnaryCall<unknown, unknown>)(call, callback);
    };
  }
  return wrapped;
}

export async function startFaultGrpcServer(): Promise<FaultGrpcServer> {
  const received: RecordedCall[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const later: Later = (ms, run) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.add(timer);
  };
  const server = new grpc.Server();
  server.addService(
    loadGrpcService('catalog').service,
    recording(catalogHandlers(later), received),
  );
  server.addService(loadGrpcService('inventory').service, recording(inventoryHandlers(), received));
  const health = new HealthImplementation({ '': 'SERVING' });
  health.addToServer(server);
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, bound) =>
      error ? reject(error) : resolve(bound),
    ),
  );
  return {
    address: `127.0.0.1:${port}`,
    received,
    setHealth: (status) => health.setStatus('', status),
    stop() {
      for (const timer of timers) clearTimeout(timer);
      server.forceShutdown();
    },
  };
}
