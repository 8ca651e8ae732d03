import { formatMinorUnits } from '../../shared';
import type { Money } from '../../upstreams';

export const moneyResolvers = {
  Money: {
    amount: (money: Money) => formatMinorUnits(money.amountMinor, money.currency),
    currency: (money: Money) => money.currency,
  },
};
