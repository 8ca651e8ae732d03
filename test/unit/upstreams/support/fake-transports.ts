import {
  type GrpcTransport,
  type RestRequest,
  type RestTransport,
  type UnaryOptions,
} from '../../../../services/upstreams';

/** A RestTransport that records each request and answers with `respond(req)`. */
export function createFakeRest(respond: (req: RestRequest) => unknown) {
  const requests: RestRequest[] = [];
  const rest: RestTransport = {
    upstream: 'fake-rest',
    async request(_ctx, req) {
      requests.push(req);
      return respond(req);
    },
    checkHealth: async () => true,
    circuitState: () => 'closed',
    close: async () => undefined,
  };
  return { rest, requests };
}

export interface RecordedUnary {
  method: string;
  request: unknown;
  options: UnaryOptions | undefined;
}

/** A GrpcTransport that records each call and answers with `respond(method, request)`. */
export function createFakeGrpc(respond: (method: string, request: unknown) => unknown) {
  const calls: RecordedUnary[] = [];
  const grpc: GrpcTransport = {
    upstream: 'fake-grpc',
    async unary<Req, Res>(
      _ctx: unknown,
      method: string,
      request: Req,
      _op?: string,
      options?: UnaryOptions,
    ) {
      calls.push({ method, request, options });
      return respond(method, request) as Res;
    },
    checkHealth: async () => true,
    circuitState: () => 'closed',
    close: () => undefined,
  };
  return { grpc, calls };
}
