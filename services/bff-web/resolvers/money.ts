import { formatMinorUnits } from '../../shared';
import type { Money } from '../../upstreams';
import type { MoneyShape } from './types';

/** The schema's Money from the backends' minor units; Money's fields have no resolvers. */
export function moneyShape(money: Money): MoneyShape {
  return { amount: formatMinorUnits(money.amountMinor, money.currency), currency: money.currency };
}
