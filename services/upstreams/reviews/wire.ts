import {
  readArray,
  readFiniteNumber,
  readId,
  readInteger,
  readRecord,
  readString,
  WireShapeError,
} from '../wire/wire-readers';
import { type RatingSummary, type Review, type ReviewPage } from './types';

/** RatingSummaryMessage -> RatingSummary. */
export function toRatingSummary(value: unknown, path = 'summary'): RatingSummary {
  const wire = readRecord(value, path);
  return {
    productId: readId(wire['productId'], `${path}.productId`),
    average: readFiniteNumber(wire['averageRating'], `${path}.averageRating`),
    count: readInteger(wire['reviewCount'], `${path}.reviewCount`),
  };
}

/** BatchGetRatingSummariesResponse -> summaries. */
export function toRatingSummaries(value: unknown): RatingSummary[] {
  const summaries = readRecord(value, 'response')['summaries'];
  return readArray(summaries, 'response.summaries', toRatingSummary);
}

/** ReviewMessage -> Review; a rating outside 1..5 is a broken answer. */
export function toReview(value: unknown, path = 'review'): Review {
  const wire = readRecord(value, path);
  const rating = readInteger(wire['rating'], `${path}.rating`, 1);
  if (rating > 5) throw new WireShapeError(`${path}.rating`, 'an integer in 1..5');
  return {
    id: readId(wire['id'], `${path}.id`),
    productId: readId(wire['productId'], `${path}.productId`),
    authorId: readString(wire['authorId'], `${path}.authorId`),
    rating,
    text: readString(wire['text'], `${path}.text`),
    createdAt: readString(wire['createTime'], `${path}.createTime`),
  };
}

/** ListProductReviewsResponse -> ReviewPage; proto3's empty token means "last page". */
export function toReviewPage(value: unknown): ReviewPage {
  const wire = readRecord(value, 'response');
  const token = readString(wire['nextPageToken'], 'response.nextPageToken');
  return {
    reviews: readArray(wire['reviews'], 'response.reviews', toReview),
    nextPageToken: token === '' ? null : token,
  };
}
