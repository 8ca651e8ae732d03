import {
  type BackendOptions,
  type GrpcBackendHandle,
  resolveBackendOptions,
} from '../common/backend-options';
import { startGrpcServer } from '../common/grpc-server';
import { getSampleData } from '../data/sample-data';
import { catalogHandlers } from './handlers';

/** Starts frontdoor.catalog.v1.CatalogService with grpc.health.v1. */
export function startCatalogBackend(options?: BackendOptions): Promise<GrpcBackendHandle> {
  const resolved = resolveBackendOptions(options);
  return startGrpcServer('catalog', catalogHandlers(resolved, getSampleData()), resolved);
}
