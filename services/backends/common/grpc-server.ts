import * as grpc from '@grpc/grpc-js';
import { HealthImplementation } from 'grpc-health-check';
import { GRPC_SERVICES, type GrpcServiceName, loadGrpcService } from '../../contracts';
import { dialHost, type GrpcBackendHandle, type ResolvedBackendOptions } from './backend-options';

/** Largest request accepted (grpc.max_receive_message_length): 500 ids of 64 chars fit easily. */
const MAX_RECEIVE_BYTES = 1024 * 1024;

/** How long stop() lets calls in flight finish (health watches never do) before forcing. */
const SHUTDOWN_GRACE_MS = 2_000;

function bind(server: grpc.Server, address: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.bindAsync(address, grpc.ServerCredentials.createInsecure(), (error, port) =>
      error ? reject(error) : resolve(port),
    );
  });
}

function shutdown(server: grpc.Server): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => {
      server.forceShutdown();
      resolve();
    }, SHUTDOWN_GRACE_MS);
    server.tryShutdown(() => {
      clearTimeout(force);
      resolve();
    });
  });
}

/**
 * Serves one proto service plus grpc.health.v1 (SERVING for the server and for the
 * service's full name) and returns the handle. `stop` reports NOT_SERVING first, so health
 * watchers see the drain before the socket closes.
 */
export async function startGrpcServer(
  name: GrpcServiceName,
  implementation: grpc.UntypedServiceImplementation,
  options: ResolvedBackendOptions,
): Promise<GrpcBackendHandle> {
  const server = new grpc.Server({ 'grpc.max_receive_message_length': MAX_RECEIVE_BYTES });
  server.addService(loadGrpcService(name).service, implementation);
  const fullName = GRPC_SERVICES[name].name;
  const health = new HealthImplementation({ '': 'SERVING', [fullName]: 'SERVING' });
  health.addToServer(server);
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  const port = await bind(server, `${host}:${options.port}`);
  return {
    port,
    address: `${dialHost(options.host)}:${port}`,
    calls: options.calls,
    async stop() {
      health.setStatus('', 'NOT_SERVING');
      health.setStatus(fullName, 'NOT_SERVING');
      await shutdown(server);
    },
  };
}
