import { getSampleData } from '../../../services/backends/data/sample-data';
import type { ReviewRecord } from '../../../services/backends/data/types';

const data = getSampleData();
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

// Checked in plain code and reported as a list: 40,000 reviews are too many for expect().
function reviewProblems(productId: string, reviews: readonly ReviewRecord[]): string[] {
  const problems: string[] = [];
  if (reviews.length > 8) problems.push(`${productId}: ${reviews.length} reviews`);
  reviews.forEach((review, index) => {
    const check = (ok: boolean, what: string) => ok || problems.push(`${review.id}: ${what}`);
    check(review.productId === productId, 'productId');
    check(data.usersById.has(review.authorId), 'author');
    check(Number.isInteger(review.rating) && review.rating >= 1 && review.rating <= 5, 'rating');
    check(RFC3339.test(review.createTime), 'createTime');
    const previous = reviews[index - 1];
    check(!previous || previous.createTime > review.createTime, 'newest first');
  });
  return problems;
}

describe('sample reviews', () => {
  it('gives each product 0..8 reviews by known users, rated 1..5, newest first', () => {
    const problems = data.products.flatMap((p) => reviewProblems(p.id, data.reviewsOf(p.id) ?? []));
    expect(problems).toEqual([]);
  });

  it('has products with every review count from 0 to 8', () => {
    const counts = new Set(data.products.map((p) => data.reviewsOf(p.id)?.length));
    expect([...counts].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('derives each rating summary from the reviews, average 0 when there are none', () => {
    const wrong = data.products.filter((product) => {
      const reviews = data.reviewsOf(product.id) ?? [];
      const summary = data.ratingSummaryOf(product.id);
      const total = reviews.reduce((sum, review) => sum + review.rating, 0);
      const average = reviews.length === 0 ? 0 : total / reviews.length;
      return summary?.averageRating !== average || summary.reviewCount !== reviews.length;
    });
    expect(wrong).toEqual([]);
    expect(data.ratingSummaryOf('p00001')).toMatchObject({ productId: 'p00001' });
  });
});
