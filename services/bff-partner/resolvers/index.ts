import type { Resolvers } from '../generated/graphql';
import { catalogResolvers } from './catalog';

/** One slice per domain; a new upstream adds its slice here. makeExecutableSchema merges them. */
export const partnerResolvers: Resolvers[] = [catalogResolvers];
