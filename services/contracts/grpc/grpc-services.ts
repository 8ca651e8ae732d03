import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { projectRoot } from '../../shared';
import { PROTO_LOADER_OPTIONS } from './proto-loader-options';

/** The gRPC services frontdoor knows, by short name, with their proto file and full name. */
export const GRPC_SERVICES = {
  catalog: { file: 'catalog/v1/catalog.proto', name: 'frontdoor.catalog.v1.CatalogService' },
  inventory: {
    file: 'inventory/v1/inventory.proto',
    name: 'frontdoor.inventory.v1.InventoryService',
  },
  reviews: { file: 'reviews/v1/reviews.proto', name: 'frontdoor.reviews.v1.ReviewsService' },
} as const;

export type GrpcServiceName = keyof typeof GRPC_SERVICES;

const loaded = new Map<GrpcServiceName, grpc.ServiceClientConstructor>();

/**
 * Loads a service's proto once per process and returns its client constructor, whose
 * `.service` is the definition a server implements. Loading is synchronous and done at
 * start-up, never on the request path.
 */
export function loadGrpcService(name: GrpcServiceName): grpc.ServiceClientConstructor {
  const cached = loaded.get(name);
  if (cached) return cached;
  const spec = GRPC_SERVICES[name];
  const definition = protoLoader.loadSync(join(projectRoot(), 'protos', spec.file), {
    ...PROTO_LOADER_OPTIONS,
    includeDirs: [join(projectRoot(), 'protos')],
  });
  const pkg = grpc.loadPackageDefinition(definition);
  const ctor = spec.name
    .split('.')
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown>)[part],
      pkg,
    ) as grpc.ServiceClientConstructor;
  loaded.set(name, ctor);
  return ctor;
}
