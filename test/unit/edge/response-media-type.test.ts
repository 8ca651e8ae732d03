import { errorMediaType } from '../../../services/edge/http/response-media-type';

const JSON_TYPE = 'application/json; charset=utf-8';
const GRAPHQL_TYPE = 'application/graphql-response+json; charset=utf-8';

describe('errorMediaType', () => {
  it.each<[string | undefined, string]>([
    [undefined, JSON_TYPE],
    ['*/*', JSON_TYPE],
    ['application/json', JSON_TYPE],
    ['application/graphql-response+json', GRAPHQL_TYPE],
    ['application/graphql-response+json, application/json;q=0.9', GRAPHQL_TYPE],
    ['application/graphql-response+json, application/json', GRAPHQL_TYPE],
    ['application/json, application/graphql-response+json', JSON_TYPE],
    ['application/json;q=0.5, application/graphql-response+json', GRAPHQL_TYPE],
    ['application/graphql-response+json;q=0, */*', JSON_TYPE],
    ['text/html', JSON_TYPE],
    ['application/*, application/graphql-response+json', GRAPHQL_TYPE],
  ])('answers Accept %j with %s', (accept, expected) => {
    expect(errorMediaType(accept)).toBe(expected);
  });
});
