import { DATA_EPOCH_MS, DAY_MS, isoAt } from './clock';
import { reviewId } from './ids';
import { createPrng, type Prng } from './prng';
import type { RatingSummaryRecord, ReviewRecord, UserRecord } from './types';
import { REVIEW_DETAILS, REVIEW_OPENINGS } from './words';
import { freeze } from './intrinsics';

const SPAN_SECONDS = (2 * 365 * DAY_MS) / 1_000;

/** Ratings lean positive, as they do in real shops. */
const RATING_WEIGHTS = [1, 1, 2, 4, 6] as const;
const WEIGHT_TOTAL = RATING_WEIGHTS.reduce((sum: number, weight) => sum + weight, 0);

function rating(prng: Prng): number {
  let roll = prng.next() * WEIGHT_TOTAL;
  for (let stars = 1; stars <= 5; stars++) {
    roll -= RATING_WEIGHTS[stars - 1] as number;
    if (roll < 0) return stars;
  }
  return 5;
}

/**
 * One product's 0..8 reviews, newest first. Review n is created after review n-1 (distinct
 * seconds), so newest-first is well-defined. Each product has its own seed, so its reviews
 * can be built on first request.
 */
export function generateProductReviews(
  product: string,
  users: readonly UserRecord[],
): readonly ReviewRecord[] {
  const prng = createPrng(`reviews:${product}`);
  const count = prng.int(0, 8);
  const offsets = Array.from({ length: count }, () => prng.int(60, SPAN_SECONDS)).sort(
    (a, b) => b - a,
  );
  const reviews = offsets.map((offset, index): ReviewRecord => {
    const stars = rating(prng);
    return freeze({
      id: reviewId(product, index + 1),
      productId: product,
      authorId: prng.pick(users).id,
      rating: stars,
      text: `${prng.pick(REVIEW_OPENINGS)} ${prng.pick(REVIEW_DETAILS)}`,
      createTime: isoAt(DATA_EPOCH_MS - offset * 1_000 + index * 1_000),
    });
  });
  return freeze(reviews.reverse());
}

/** The mean rating, 0 when there are no reviews (as the proto specifies). */
export function summarize(
  productId: string,
  reviews: readonly ReviewRecord[],
): RatingSummaryRecord {
  const total = reviews.reduce((sum, review) => sum + review.rating, 0);
  const summary: RatingSummaryRecord = {
    productId,
    averageRating: reviews.length === 0 ? 0 : total / reviews.length,
    reviewCount: reviews.length,
  };
  return freeze(summary);
}
