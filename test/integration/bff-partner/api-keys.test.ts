import { callCounts, postGraphQL } from '../../support/graphql-http';
import { CATALOG_PAGE, startPartnerStack, type PartnerStack } from '../../support/partner-bff';

describe('partner BFF API keys', () => {
  let stack: PartnerStack;
  beforeAll(async () => {
    stack = await startPartnerStack();
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.backends.clearCalls());

  const cases: Array<[string, () => { headers: Record<string, string>; query?: string }]> = [
    ['no key', () => ({ headers: {} })],
    ['an unknown key', () => ({ headers: { 'x-api-key': 'fd_test_unknown' } })],
    ['a revoked key', () => ({ headers: { 'x-api-key': stack.keys.revoked } })],
    [
      'a key in the query string',
      () => ({ headers: {}, query: `?api_key=${stack.keys.valid}&x-api-key=${stack.keys.valid}` }),
    ],
    [
      'a JWT instead of a key',
      () => ({
        headers: { authorization: 'Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1MDAwMSJ9.c2ln' },
      }),
    ],
    ['an empty key', () => ({ headers: { 'x-api-key': '' } })],
  ];

  it.each(cases)('answers %s with 401 UNAUTHENTICATED and no backend call', async (_name, make) => {
    const { headers, query = '' } = make();
    const response = await postGraphQL(stack.bff.url + query, { query: CATALOG_PAGE }, headers);
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(callCounts(stack.backends)).toEqual([0, 0, 0, 0, 0]);
  });

  it('gives every rejection the same body', async () => {
    const bodies = new Set<string>();
    for (const [, make] of cases) {
      const { headers, query = '' } = make();
      bodies.add((await postGraphQL(stack.bff.url + query, { query: CATALOG_PAGE }, headers)).text);
    }
    expect(bodies.size).toBe(1);
  });

  it('serves a valid key, identifying the partner to the backends', async () => {
    const response = await postGraphQL(
      stack.bff.url,
      { query: CATALOG_PAGE },
      { 'x-api-key': stack.keys.valid },
    );
    expect(response.status).toBe(200);
    expect(stack.backends.catalog.calls.list()[0]?.principal).toEqual(
      expect.objectContaining({ kind: 'partner', id: 'acme' }),
    );
  });

  it('nulls catalog fields with FORBIDDEN for a key without the catalog:read scope, calling no backend', async () => {
    const response = await postGraphQL(
      stack.bff.url,
      { query: CATALOG_PAGE },
      { 'x-api-key': stack.keys.noScope },
    );
    expect(response.status).toBe(200);
    expect(response.body.data).toBeNull();
    expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(callCounts(stack.backends)).toEqual([0, 0, 0, 0, 0]);
  });
});
