/** An amount in integer minor units (cents for USD) with its ISO 4217 currency. */
export interface Money {
  amountMinor: number;
  currency: string;
}
