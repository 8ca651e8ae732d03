import * as grpc from '@grpc/grpc-js';
import { HealthImplementation, type ServingStatus } from 'grpc-health-check';
import { loadGrpcService } from '../../../../services/contracts';
import {
  catalogHandlers,
  inventoryHandlers,
  type HandlerState,
  type Later,
} from './fault-grpc-handlers';

export { productMessage } from './fault-grpc-handlers';

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
  /** Ids of `hang` calls the server saw cancelled. */
  cancelled: string[];
  /** Calls per GetProduct id (for `flaky-*`); clear it between tests with `.clear()`. */
  hits: Map<string, number>;
  setHealth(status: ServingStatus): void;
  stop(): void;
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
  const state: HandlerState = { hits: new Map(), cancelled: [] };
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
    recording(catalogHandlers(later, state), received),
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
    cancelled: state.cancelled,
    hits: state.hits,
    setHealth: (status) => health.setStatus('', status),
    stop() {
      for (const timer of timers) clearTimeout(timer);
      server.forceShutdown();
    },
  };
}
