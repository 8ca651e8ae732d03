import * as grpc from '@grpc/grpc-js';
import { loadGrpcService, type GrpcServiceName } from '../../../services/contracts';

/** One long-lived channel per gRPC backend; `call` sends one unary request on it. */
export interface GrpcUnary {
  call<Req, Res>(method: string, request: Req, headers: Record<string, string>): Promise<Res>;
  close(): void;
}

/** Same proto loading (services/contracts) and channel reuse as the BFF's gRPC transport. */
export function createGrpcUnary(
  service: GrpcServiceName,
  address: string,
  timeoutMs: number,
): GrpcUnary {
  const ctor = loadGrpcService(service);
  const client = new ctor(address, grpc.credentials.createInsecure());
  return {
    call<Req, Res>(method: string, request: Req, headers: Record<string, string>) {
      const definition = ctor.service[method];
      if (!definition) throw new Error(`${ctor.serviceName} has no method ${method}`);
      return new Promise<Res>((resolve, reject) => {
        client.makeUnaryRequest(
          definition.path,
          definition.requestSerialize,
          definition.responseDeserialize,
          request,
          grpc.Metadata.fromHttp2Headers(headers),
          { deadline: Date.now() + timeoutMs },
          (error: grpc.ServiceError | null, response?: unknown) =>
            error ? reject(error) : resolve(response as Res),
        );
      });
    },
    close: () => client.close(),
  };
}
