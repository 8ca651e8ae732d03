import type { Resolvers } from '../generated/graphql';
import { catalogResolvers } from './catalog';
import { orderResolvers } from './orders';
import { viewerResolvers } from './viewer';

/** One slice per domain; a new upstream adds its slice here. makeExecutableSchema merges them. */
export const webResolvers: Resolvers[] = [viewerResolvers, orderResolvers, catalogResolvers];
