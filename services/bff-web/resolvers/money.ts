import { formatMinorUnits } from '../../shared';
import type { Resolvers } from '../generated/graphql';

export const moneyResolvers: Resolvers = {
  Money: {
    amount: (money) => formatMinorUnits(money.amountMinor, money.currency),
    currency: (money) => money.currency,
  },
};
