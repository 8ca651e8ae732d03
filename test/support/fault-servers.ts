// Backends that accept calls and never answer (design §3: faults come from real servers
// that misbehave on purpose). They record what reached them and when the caller gave up,
// so a test can assert "the backend saw the cancellation" and a benchmark can count the
// calls a sick backend received.
import { createServer } from 'node:http';
import { type AddressInfo } from 'node:net';
import * as grpc from '@grpc/grpc-js';
import { loadGrpcService, type GrpcServiceName } from '../../services/contracts';

export interface HangingServer {
  /** `http://127.0.0.1:<port>` for HTTP, `127.0.0.1:<port>` for gRPC. */
  readonly address: string;
  /** Calls received (HTTP requests or gRPC calls). */
  received(): number;
  /** Epoch ms at which each abandoned call was seen closed or cancelled, in order. */
  readonly cancelledAt: number[];
  stop(): Promise<void>;
}

/** An HTTP server that reads each request and never responds. */
export async function startHangingHttpServer(): Promise<HangingServer> {
  let received = 0;
  const cancelledAt: number[] = [];
  const server = createServer((req, res) => {
    received += 1;
    req.resume();
    // 'close' on an unfinished response: the client (our transport) dropped the socket.
    res.once('close', () => cancelledAt.push(Date.now()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    address: `http://127.0.0.1:${port}`,
    received: () => received,
    cancelledAt,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A gRPC server for `service` whose every method accepts the call and never answers. */
export async function startHangingGrpcServer(service: GrpcServiceName): Promise<HangingServer> {
  let received = 0;
  const cancelledAt: number[] = [];
  const definition = loadGrpcService(service).service;
  const handlers: grpc.UntypedServiceImplementation = {};
  for (const method of Object.keys(definition)) {
    handlers[method] = (call: grpc.ServerUnaryCall<unknown, unknown>) => {
      received += 1;
      // Fired for a client cancel and for a deadline passing alike: the call was dropped.
      call.once('cancelled', () => cancelledAt.push(Date.now()));
    };
  }
  const server = new grpc.Server();
  server.addService(definition, handlers);
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, bound) =>
      error ? reject(error) : resolve(bound),
    ),
  );
  return {
    address: `127.0.0.1:${port}`,
    received: () => received,
    cancelledAt,
    async stop() {
      server.forceShutdown();
    },
  };
}
