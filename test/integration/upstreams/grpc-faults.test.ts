import { Registry } from 'prom-client';
import type { AppError } from '../../../services/shared';
import {
  createGrpcTransport,
  createInventoryClient,
  createLoaders,
  createUpstreamMetrics,
  type GrpcTransport,
  type Upstreams,
} from '../../../services/upstreams';
import { startFaultGrpcServer, type FaultGrpcServer } from './support/fault-grpc-server';

let server: FaultGrpcServer;
let transport: GrpcTransport;

beforeAll(async () => {
  server = await startFaultGrpcServer();
  transport = createGrpcTransport({
    upstream: 'inventory',
    service: 'inventory',
    address: server.address,
    metrics: createUpstreamMetrics(new Registry()),
  });
});
afterAll(() => {
  transport.close();
  server.stop();
});

describe('gRPC batch answers with keys missing', () => {
  it('gives each missing key its own NOT_FOUND and serves the others, in one call', async () => {
    const unused = () => Promise.reject(new Error('not used'));
    const upstreams: Upstreams = {
      inventory: createInventoryClient(transport),
      users: { getUser: unused, batchGetUsers: unused },
      orders: { listByUsers: unused, getOrder: unused, createOrder: unused },
      catalog: {
        getProduct: unused,
        batchGetProducts: unused,
        batchGetProductsBySku: unused,
        searchProducts: unused,
      },
      reviews: { batchGetRatingSummaries: unused, listProductReviews: unused },
    };
    const { stockByProductId } = createLoaders(upstreams, { requestId: 'req-batch' });
    const results = await stockByProductId.loadMany(['p1', 'ghost-1', 'p2', 'ghost-2']);
    expect(results.map((r) => (r instanceof Error ? (r as AppError).code : r.productId))).toEqual([
      'p1',
      'NOT_FOUND',
      'p2',
      'NOT_FOUND',
    ]);
    expect(server.received).toHaveLength(1);
    expect(transport.circuitState()).toBe('closed');
  });
});
