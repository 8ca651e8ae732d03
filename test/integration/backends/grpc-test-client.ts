import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { protoPath as healthProtoPath } from 'grpc-health-check';
import { type GrpcServiceName, loadGrpcService } from '../../../services/contracts';

/** A grpc-js client built from the same proto definitions the servers use. */
export interface TestGrpcClient {
  /** Calls one unary method by name; rejects with the grpc ServiceError. */
  call<Res>(method: string, request: object, metadata?: Record<string, string>): Promise<Res>;
  close(): void;
}

function toMetadata(values: Record<string, string>): grpc.Metadata {
  const metadata = new grpc.Metadata();
  for (const [key, value] of Object.entries(values)) metadata.set(key, value);
  return metadata;
}

function clientFor(ctor: grpc.ServiceClientConstructor, address: string): TestGrpcClient {
  const client = new ctor(address, grpc.credentials.createInsecure());
  return {
    call<Res>(method: string, request: object, metadata: Record<string, string> = {}) {
      const definition = ctor.service[method];
      if (!definition) throw new Error(`no method ${method}`);
      return new Promise<Res>((resolve, reject) => {
        client.makeUnaryRequest<object, Res>(
          definition.path,
          definition.requestSerialize,
          definition.responseDeserialize,
          request,
          toMetadata(metadata),
          { deadline: Date.now() + 5_000 },
          (error, response) =>
            error || response === undefined ? reject(error) : resolve(response),
        );
      });
    },
    close: () => client.close(),
  };
}

export function createTestClient(name: GrpcServiceName, address: string): TestGrpcClient {
  return clientFor(loadGrpcService(name), address);
}

/** A client of grpc.health.v1.Health, loaded from the proto grpc-health-check ships. */
export function createHealthClient(address: string): TestGrpcClient {
  const definition = protoLoader.loadSync(healthProtoPath, { keepCase: true, enums: String });
  const health = grpc.loadPackageDefinition(definition).grpc as grpc.GrpcObject;
  const ctor = ((health.health as grpc.GrpcObject).v1 as grpc.GrpcObject)
    .Health as grpc.ServiceClientConstructor;
  return clientFor(ctor, address);
}
