import {
  type BackendOptions,
  type GrpcBackendHandle,
  resolveBackendOptions,
} from '../common/backend-options';
import { startGrpcServer } from '../common/grpc-server';
import { getSampleData } from '../data/sample-data';
import { inventoryHandlers } from './handlers';

/** Starts frontdoor.inventory.v1.InventoryService with grpc.health.v1. */
export function startInventoryBackend(options?: BackendOptions): Promise<GrpcBackendHandle> {
  const resolved = resolveBackendOptions(options);
  return startGrpcServer('inventory', inventoryHandlers(resolved, getSampleData()), resolved);
}
