import {
  type BackendOptions,
  type GrpcBackendHandle,
  resolveBackendOptions,
} from '../common/backend-options';
import { startGrpcServer } from '../common/grpc-server';
import { getSampleData } from '../data/sample-data';
import { reviewsHandlers } from './handlers';

/** Starts frontdoor.reviews.v1.ReviewsService with grpc.health.v1. */
export function startReviewsBackend(options?: BackendOptions): Promise<GrpcBackendHandle> {
  const resolved = resolveBackendOptions(options);
  return startGrpcServer('reviews', reviewsHandlers(resolved, getSampleData()), resolved);
}
