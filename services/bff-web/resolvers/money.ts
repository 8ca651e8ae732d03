import { formatMinorUnits } from '../../shared';
import type { Resolvers } from '../generated/graphql';

// `currency` has no resolver: the executor reads the property directly.
export const moneyResolvers: Resolvers = {
  Money: {
    amount: (money) => formatMinorUnits(money.amountMinor, money.currency),
  },
};
