/**
 * What `npm run codegen` generates for each BFF: typed resolvers from the SDL the BFF serves.
 * Paths in `contextType` and `mappers` are relative to the generated file, and name the types
 * a resolver really receives as its parent (a domain type from upstreams, or the BFF's own ref
 * type), so a resolver typed with `Resolvers` is checked against what its parent returns.
 */
import { mobileTypeDefs } from '../../services/bff-mobile/schema';
import { partnerTypeDefs } from '../../services/bff-partner/schema';
import { webTypeDefs } from '../../services/bff-web/schema';

export interface GraphQLTarget {
  /** Output, relative to the project root. */
  readonly output: string;
  /** Where the SDL comes from, for the header of the generated file. */
  readonly source: string;
  readonly typeDefs: () => string[];
  /** `<module>#<export>`, relative to the output file. */
  readonly contextType: string;
  readonly mappers: Readonly<Record<string, string>>;
}

const UPSTREAMS = '../../upstreams';

export const GRAPHQL_TARGETS: readonly GraphQLTarget[] = [
  {
    output: 'services/bff-web/generated/graphql.ts',
    source: 'schemas/web/*.graphql',
    typeDefs: () => webTypeDefs(),
    contextType: '../context#WebContext',
    mappers: {
      Viewer: '../resolvers/types#ViewerRef',
      Product: '../resolvers/types#ProductShape',
      ProductConnection: `${UPSTREAMS}#ProductPage`,
      Review: `${UPSTREAMS}#Review`,
      Order: `${UPSTREAMS}#Order`,
      OrderItem: `${UPSTREAMS}#OrderItem`,
      Money: '../resolvers/types#MoneyShape',
    },
  },
  {
    output: 'services/bff-mobile/generated/graphql.ts',
    source: 'schemas/mobile/*.graphql',
    typeDefs: () => mobileTypeDefs(),
    contextType: '../context#MobileContext',
    mappers: {
      HomeScreen: '../resolvers/types#HomeRef',
      ProductCard: '../resolvers/types#ProductCardShape',
      OrderSummary: `${UPSTREAMS}#Order`,
      OrderDetail: `${UPSTREAMS}#Order`,
      OrderLine: `${UPSTREAMS}#OrderItem`,
    },
  },
  {
    output: 'services/bff-partner/generated/graphql.ts',
    source: 'schemas/partner/v1/source/*.graphql',
    typeDefs: () => partnerTypeDefs(),
    contextType: '../context#PartnerContext',
    mappers: {
      Product: '../resolvers/types#ProductShape',
      ProductConnection: `${UPSTREAMS}#ProductPage`,
      Money: '../resolvers/types#MoneyShape',
    },
  },
];
