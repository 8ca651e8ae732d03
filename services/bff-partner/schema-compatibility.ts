import {
  buildSchema,
  findBreakingChanges,
  findDangerousChanges,
  type BreakingChange,
  type DangerousChange,
  type GraphQLSchema,
} from 'graphql';

export interface CompatibilityReport {
  readonly breaking: readonly BreakingChange[];
  readonly dangerous: readonly DangerousChange[];
}

/**
 * What partners built against (the released SDL) versus what would be served. Breaking
 * changes (removed or retyped fields, new required arguments...) are refused: v1 changes go
 * through deprecation. Dangerous ones (e.g. a new enum value) are reported for review.
 */
export function compareWithReleased(
  releasedSdl: string,
  served: GraphQLSchema,
): CompatibilityReport {
  const released = buildSchema(releasedSdl);
  return {
    breaking: findBreakingChanges(released, served),
    dangerous: findDangerousChanges(released, served),
  };
}
