import type { Resolvers } from '../generated/graphql';
import { homeScreenResolvers } from './home-screen';
import { orderResolvers } from './orders';
import { productCardResolvers } from './product-card';

/** One slice per screen; makeExecutableSchema merges them. */
export const mobileResolvers: Resolvers[] = [
  homeScreenResolvers,
  orderResolvers,
  productCardResolvers,
];
