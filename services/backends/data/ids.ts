/** Id formats of the sample data: u0001, p00001, o-u0001-001, r-p00001-1. */
export const USER_COUNT = 1_000;
export const PRODUCT_COUNT = 10_000;

export const userId = (n: number): string => 'u' + `${n}`.padStart(4, '0');
export const productId = (n: number): string => 'p' + `${n}`.padStart(5, '0');
export const orderId = (user: string, n: number): string => `o-${user}-${`${n}`.padStart(3, '0')}`;
export const reviewId = (product: string, n: number): string => `r-${product}-${n}`;
