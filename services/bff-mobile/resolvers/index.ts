import { homeScreenResolvers } from './home-screen';
import { orderResolvers } from './orders';
import { productCardResolvers } from './product-card';

/** One slice per screen; makeExecutableSchema merges them. */
export const mobileResolvers = [homeScreenResolvers, orderResolvers, productCardResolvers];
